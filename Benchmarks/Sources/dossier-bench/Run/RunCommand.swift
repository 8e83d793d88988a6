import ArgumentParser

/// `dossier-bench run`: measures load, search, detail and render times.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "run")
}
