import ArgumentParser
import BundledDossier
import DossierModel
import Foundation

/// `--data FILE`: which dossier a subcommand works on.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Open this dossier file instead of the bundled one.", valueName: "FILE"))
  var data: String?

  /// Loads the chosen dossier; on problems prints them to stderr and exits 1.
  func load() throws -> Dossier {
    try loadMeasured().dossier
  }

  /// Loads the chosen dossier and reports the time of each phase.
  func loadMeasured() throws -> (dossier: Dossier, timings: LoadTimings) {
    do {
      return try loadMeasured(progress: nil)
    } catch {
      Self.report(error)
      throw ExitCode.failure
    }
  }

  /// The name shown for the chosen dossier.
  var displayName: String { data ?? BundledDossier.fileName }

  /// Loads the chosen dossier, telling `progress` how far it got.
  func loadResult(progress: LoadProgress) -> Result<Dossier, DossierLoadError> {
    Result { () throws(DossierLoadError) -> Dossier in try loadMeasured(progress: progress).dossier
    }
  }

  /// Prints a load's problems on stderr, neutralised.
  static func report(_ error: DossierLoadError) {
    for problem in error.problems {
      Output.error(SafeText.neutralized(problem.description))
    }
  }

  private func loadMeasured(progress: LoadProgress?) throws(DossierLoadError) -> (
    dossier: Dossier, timings: LoadTimings
  ) {
    if let data {
      return try DossierLoader.loadMeasured(contentsOf: data, progress: progress)
    }
    return try BundledDossier.loadMeasured()
  }
}

/// `--timing`: report how long loading and searching took, on stderr.
struct TimingOptions: ParsableArguments {
  @Flag(name: .long, help: "Print to stderr how long loading (parse, validate, index) took.")
  var timing = false

  func report(_ timings: LoadTimings) {
    guard timing else { return }
    let total = timings.parse + timings.validate + timings.index
    Output.error(
      "load: \(Self.format(total)) (parse \(Self.format(timings.parse)), "
        + "validate \(Self.format(timings.validate)), index \(Self.format(timings.index)))")
  }

  func report(_ label: String, _ duration: Duration) {
    guard timing else { return }
    Output.error("\(label): \(Self.format(duration))")
  }

  /// Milliseconds with three decimals.
  static func format(_ duration: Duration) -> String {
    let milliseconds =
      Double(duration.components.seconds) * 1000
      + Double(duration.components.attoseconds) / 1e15
    return String(format: "%.3f ms", milliseconds)
  }
}
