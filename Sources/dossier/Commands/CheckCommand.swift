import ArgumentParser
import DossierModel

/// `dossier check FILE…`.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate dossier files and report every problem with its position.",
    discussion: """
      Reports each problem as FILE:LINE:COLUMN: message — malformed JSON, unknown \
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

  func run() throws {
    let output = Output(colorDisabled: color.noColor)
    guard !files.isEmpty else {
      let (dossier, timings) = try data.loadMeasured()
      timing.report(timings)
      output.line(output.style.success("ok") + "  " + Self.counts(dossier))
      return
    }
    var failures = 0
    for file in files {
      do {
        let (dossier, timings) = try DossierLoader.loadMeasured(contentsOf: file)
        timing.report(timings)
        output.line(
          output.safe(file) + ": " + output.style.success("ok") + "  " + Self.counts(dossier))
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

  private static func counts(_ dossier: Dossier) -> String {
    let entities = EntityKind.allCases.map { counted(dossier.count(of: $0), $0.rawValue) }
    return
      (entities + [
        counted(dossier.links.count, "link"), counted(dossier.sources.count, "source"),
      ]).joined(separator: ", ")
  }
}
