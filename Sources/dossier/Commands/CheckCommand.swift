import ArgumentParser
import DossierModel

/// `dossier check FILE…`.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate dossier files and report every problem with its position.",
    discussion: """
      Reports each problem as FILE:LINE:COLUMN: message: malformed JSON, unknown \
      version, missing or mistyped fields, duplicate ids, links or evidence naming \
      unknown ids (with the nearest ids), impossible dates, quotes not found in their \
      source. Without FILE, checks the dossier chosen by --data (or the bundled one). \
      Exits 1 when any file has problems.
      """
  )

  @Argument(help: ArgumentHelp("Dossier files to check.", valueName: "FILE"))
  var files: [String] = []

  @OptionGroup var timing: TimingOptions
  @OptionGroup var color: ColorOptions
  @OptionGroup var data: DataOptions
  @OptionGroup var inputFormat: InputFormatOption

  func run() throws {
    let output = Output(colorDisabled: color.noColor)
    guard !files.isEmpty else {
      let loaded = try data.reading(inputFormat).loadMeasured()
      timing.report(loaded)
      listWarnings(of: loaded.dossier, output)
      output.line(output.style.success("ok") + "  " + Self.counts(loaded))
      return
    }
    var failures = 0
    for file in files {
      do {
        let loaded = try data.reading(inputFormat).loadFile(file)
        timing.report(loaded)
        listWarnings(of: loaded.dossier, output)
        output.line(
          output.safe(file) + ": " + output.style.success("ok") + "  " + Self.counts(loaded))
      } catch {
        failures += 1
        for problem in error.problems {
          output.line(output.safe(problem.description))
        }
        output.line(
          output.style.failure(
            "\(output.safe(file)): \(counted(error.problems.count, "problem"))"))
      }
    }
    if failures > 0 { throw ExitCode.failure }
  }

  private func listWarnings(of dossier: Dossier, _ output: Output) {
    for warning in dossier.warnings {
      output.line(output.safe(warning.warningDescription))
    }
  }

  private static func counts(_ loaded: LoadedDossier) -> String {
    let dossier = loaded.dossier
    let warnings = dossier.warnings.isEmpty ? [] : [counted(dossier.warnings.count, "warning")]
    let entities = EntityKind.allCases.map { counted(dossier.count(of: $0), $0.rawValue) }
    return
      (entities + [
        counted(dossier.links.count, "link"), counted(dossier.sources.count, "source"),
      ] + warnings).joined(separator: ", ") + " (\(loaded.format.rawValue))"
  }
}
