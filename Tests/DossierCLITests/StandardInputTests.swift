import Foundation
import Testing

/// `--data -` and `check -`: a dossier piped in, as jq and grep read one.
@Suite("The standard input as a dossier")
struct StandardInputTests {
  private let dossier = Data(
    #"{"format": "dossier", "version": 1, "title": "T", "actors": [{"id": "a", "name": "Ann", "type": "person"}]}"#
      .utf8)

  @Test func listReadsTheStandardInput() throws {
    let result = try runDossier(["list", "--data", "-", "actors", "--json"], stdin: dossier)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try result.jsonObjects().map { $0["id"] as? String } == ["a"])
  }

  @Test func checkReadsTheStandardInputAsDash() throws {
    let result = try runDossier(["check", "-"], stdin: dossier)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.stdout.hasPrefix("-: ok"))
  }

  @Test func problemsAreLocatedInTheStandardInput() throws {
    let broken = Data("{\n  \"format\": \"dossier\",\n  \"version\": 1,\n  \"title\": }\n".utf8)
    let result = try runDossier(["list", "--data", "-", "actors"], stdin: broken)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("(standard input):4:12: "), "\(result.stderr)")
  }

  @Test func anEmptyStandardInputIsAnEmptyFile() throws {
    let result = try runDossier(["list", "--data", "-", "actors"], stdin: Data())
    #expect(result.status == 1)
    #expect(
      result.stderr == "(standard input):1:1: the file is empty: expected a JSON object\n")
  }
}
