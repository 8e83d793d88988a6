import ArgumentParser
import Foundation

/// `dossier-bench hostile`: times the inputs that took the square of their size before
/// issue 10, and prints a Markdown table beside the times measured before.
struct HostileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hostile",
    abstract: "Time hostile inputs: long words, dangling links, unknown fields, a long paste.",
    discussion: """
      Each input is built in memory, then timed in-process. Build in release mode: \
      swift build -c release --package-path Benchmarks.
      """
  )

  @Option(help: "How many times each step is timed.")
  var repetitions = 3

  func validate() throws {
    guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
  }

  func run() throws {
    print("\(repetitions) repetitions\n")
    print("| input | median ms | max ms | before the fix |\n|---|---|---|---|")
    for step in HostileInputs.steps() {
      var samples = Samples(.milliseconds)
      for _ in 0..<repetitions { samples.append(elapsed(step.work)) }
      print(
        "| \(step.name) | \(String(format: "%.1f", samples.median)) "
          + "| \(String(format: "%.1f", samples.values.max() ?? 0)) | \(step.before) |")
    }
  }
}
