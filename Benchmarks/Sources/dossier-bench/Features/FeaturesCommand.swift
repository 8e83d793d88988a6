import ArgumentParser
import DossierBrowser
import DossierModel
import Foundation

/// `dossier-bench features FILE`: times the browser's filters, find in page and marks on
/// one dossier, each step an `update` and a `render`, and prints a Markdown table.
struct FeaturesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "features",
    abstract: "Time filters, find in page and marks in the browser on one dossier.",
    discussion: """
      Each step is one key given to the browser's update and the screen rendered after it, \
      at 200×60, repeated. The target is a frame: 16 ms. Build in release mode: \
      swift build -c release --package-path Benchmarks. A generated 1M dossier: \
      dossier-bench generate --entities 1000000 --seed 7 --output FILE.
      """
  )

  @Argument(help: "The dossier file.")
  var file: String

  @Option(help: "How many times each step is timed.")
  var repetitions = 20

  func validate() throws {
    guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
  }

  func run() throws {
    let loaded = try DossierLoader.load(.file(path: file)).dossier
    let timings = FeatureSteps(dossier: loaded).measure(repetitions: repetitions)
    print(
      "\(file): \(loaded.entities.count) entities, \(repetitions) repetitions, "
        + "update + render at 200×60\n")
    print("| step | median ms | p95 ms | ≤ 16 ms |\n|---|---|---|---|")
    for (step, samples) in timings {
      let met = samples.p95 <= FeatureSteps.frameMilliseconds ? "met" : "**not met**"
      print(
        "| \(step) | \(String(format: "%.2f", samples.median)) "
          + "| \(String(format: "%.2f", samples.p95)) | \(met) |")
    }
  }
}
