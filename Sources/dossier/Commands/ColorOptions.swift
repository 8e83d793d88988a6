import ArgumentParser

/// `--no-color`: plain output even on a terminal (as `NO_COLOR` does).
struct ColorOptions: ParsableArguments {
  @Flag(name: .long, help: "Show no colours (also when NO_COLOR is set).")
  var noColor = false
}
