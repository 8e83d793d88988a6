import Foundation
import Testing

/// `--data-format` and `--format`: forcing the format instead of detecting it.
@Suite struct InputFormatTests {
  private let ftmLine = #"{"id": "Q1", "schema": "Person", "properties": {"name": ["Ann"]}}"#

  @Test func eachReadingCommandTakesFormatAndDataFormat() throws {
    for option in ["--format", "--data-format"] {
      for arguments in [["list", "events"], ["search", "xi"], ["show", "kazakhstan"], ["check"]] {
        let result = try runDossier(
          arguments + ["--data", BundledFile.path, option, "native"])
        #expect(result.status == 0, "\(result.transcript)")
      }
    }
  }

  @Test func dataFormatWorksBeforeTheSubcommandAndWithExport() throws {
    let before = try runDossier([
      "--data-format", "native", "--data", BundledFile.path, "list", "actors",
    ])
    #expect(before.status == 0, "\(before.transcript)")
    let export = try runDossier(
      ["export", "--format", "json", "--data", BundledFile.path, "--data-format", "native"])
    #expect(export.status == 0, "\(export.transcript)")
  }

  @Test func aForcedFormatIsReadAsThatFormatAndItsProblemsAreLocated() throws {
    try withTemporaryDirectory { directory in
      let path = try writeFile(ftmLine + "\n", named: "people.ftm", in: directory)
      let result = try runDossier(["check", path, "--format", "native"])
      #expect(result.status == 1, "\(result.transcript)")
      #expect(
        result.stdout.contains("\(path):1:2: dossier: unknown field \"id\""), "\(result.transcript)"
      )
    }
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let result = try runDossier(["list", "events", "--format", "xml"])
    #expect(result.status == 2, "\(result.transcript)")
    #expect(result.stderr.contains("native"), "the error lists the formats: \(result.transcript)")
    #expect(result.stderr.contains("timelinejs-csv"), "\(result.transcript)")
  }
}
