import ArgumentParser
import BundledDossier
import DossierModel
import FoundationEssentials
import Glibc

extension DossierFileFormat: ExpressibleByArgument {}

/// `--data FILE` and `--data-format FORMAT`: which dossier a command works on. The same
/// options before and after a subcommand's name.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Open this dossier file instead of the bundled one; - reads the standard input.",
      valueName: "FILE"),
    completion: .file())
  var data: String?

  /// The name `--data` gives to the standard input.
  static let standardInput = "-"
  /// How the standard input is named in titles and messages.
  static let standardInputName = "(standard input)"

  @Option(
    name: .customLong("data-format"),
    help: ArgumentHelp(
      "Read --data as this format (\(DossierFileFormat.allValueStrings.joined(separator: ", "))) "
        + "instead of detecting it from the content.",
      valueName: "FORMAT"))
  var dataFormat: DossierFileFormat?

  @Flag(
    name: .customLong("no-cache"),
    help: ArgumentHelp(
      "Read --data itself: neither use nor write the cache of loaded dossiers "
        + "($XDG_CACHE_HOME/dossier, or ~/.cache/dossier)."))
  var noCache = false

  /// These options with the format given by a subcommand's `--format`, when it was.
  func reading(_ option: InputFormatOption) -> DataOptions {
    var copy = self
    copy.dataFormat = option.format ?? dataFormat
    return copy
  }

  /// Loads the chosen dossier; on problems prints them to stderr and exits 1. Warnings
  /// are summed up in one line on stderr (`check` lists them).
  func load() throws -> Dossier {
    try loadMeasured().dossier
  }

  /// Loads the chosen dossier and reports the time of each phase.
  func loadMeasured() throws -> LoadedDossier {
    do {
      let loaded = try loadMeasured(progress: nil)
      Self.summarizeWarnings(of: loaded.dossier, file: displayName)
      return loaded
    } catch {
      Self.report(error)
      throw ExitCode.failure
    }
  }

  /// The name shown for the chosen dossier.
  var displayName: String {
    data == Self.standardInput ? Self.standardInputName : data ?? BundledDossier.fileName
  }

  /// The dossier file the user named: none for the bundled dossier or the standard input.
  var file: String? { data == Self.standardInput ? nil : data }

  /// Loads the chosen dossier for the browser, telling `progress` how far it got; the
  /// cache's snapshot is checked, or written, in the background. The standard input is
  /// read from `standardInput` (the browser's own standard input is the terminal).
  func loadResult(progress: LoadProgress, standardInput: Int32 = STDIN_FILENO) -> Result<
    LoadedDossier, DossierLoadError
  > {
    Result { () throws(DossierLoadError) -> LoadedDossier in
      try loadMeasured(progress: progress, inBackground: true, standardInput: standardInput)
    }
  }

  /// Prints a load's problems on stderr, neutralised.
  static func report(_ error: DossierLoadError) {
    for problem in error.problems {
      Output.error(SafeText.neutralized(problem.description))
    }
  }

  private func loadMeasured(
    progress: LoadProgress?, inBackground: Bool = false, standardInput: Int32 = STDIN_FILENO
  ) throws(DossierLoadError) -> LoadedDossier {
    guard let data else { return try DossierLoader.load(BundledDossier.input) }
    return try loadFile(
      data, progress: progress, inBackground: inBackground, standardInput: standardInput)
  }

  /// Loads the file at `path` in the chosen format, through the cache unless `--no-cache`
  /// was given or there is no place for one; `-` is the standard input, read from
  /// `standardInput` (never cached).
  func loadFile(
    _ path: String, progress: LoadProgress? = nil, inBackground: Bool = false,
    standardInput: Int32 = STDIN_FILENO
  ) throws(DossierLoadError) -> LoadedDossier {
    guard path != Self.standardInput else {
      return try DossierLoader.load(
        .stream(descriptor: standardInput, fileName: Self.standardInputName), format: dataFormat,
        progress: progress)
    }
    guard !noCache, let cache = DossierCache.standard() else {
      return try DossierLoader.load(.file(path: path), format: dataFormat, progress: progress)
    }
    return try cache.load(
      path: path, format: dataFormat, progress: progress, checksInBackground: inBackground,
      writesInBackground: inBackground)
  }

  private static func summarizeWarnings(of dossier: Dossier, file: String) {
    guard !dossier.warnings.isEmpty else { return }
    Output.error(
      "dossier: \(SafeText.neutralized(file)): \(counted(dossier.warnings.count, "warning")) "
        + "(a partial export?); `dossier check \(SafeText.neutralized(file))` lists them")
  }
}

/// `--format FORMAT` of the subcommands that only read a dossier (not `export`, whose
/// `--format` is its output's): the same as `--data-format`.
struct InputFormatOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("The same as --data-format.", valueName: "FORMAT"))
  var format: DossierFileFormat?
}

/// `--timing`: report how long loading and searching took, on stderr.
struct TimingOptions: ParsableArguments {
  @Flag(name: .long, help: "Print to stderr how long loading (parse, validate, index) took.")
  var timing = false

  func report(_ loaded: LoadedDossier) {
    guard timing else { return }
    let timings = loaded.timings
    let total = timings.parse + timings.validate + timings.index
    Output.error(
      "load: \(Self.format(total)) (parse \(Self.format(timings.parse)), "
        + "validate \(Self.format(timings.validate)), index \(Self.format(timings.index)))")
    if let cache = loaded.cacheOutcome { Output.error("cache: \(cache)") }
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
    let thousandths = Int((milliseconds * 1000).rounded())
    let fraction = String(thousandths % 1000)
    let padding = String(repeating: "0", count: 3 - fraction.count)
    return "\(thousandths / 1000).\(padding)\(fraction) ms"
  }
}
