import Foundation
import Testing

@testable import DossierModel

/// The FtM export checked by the real followthemoney library (Tests/Support/ftm_check.py):
/// schemata and properties exist, dates are FtM dates, references resolve to entities of
/// the right schema, ids are unique. Fails, never skips, without python3 or the library.
@Suite struct FtMExportOracleTests {
  @Test func bundledDossierPassesFollowTheMoney() throws {
    let content = try bundledDossier().content
    let lines = FtMExport.jsonLines(content)
    #expect(try FtMChecker.problems(in: lines) == [])
    // Every entity, source and quote was written.
    let quotes = content.entities.flatMap(\.evidence).count
    #expect(
      lines.split(separator: "\n").count
        >= content.entities.count + content.sources.count + quotes)
  }

  @Test func dossierWithPropertiesAndLinksPassesFollowTheMoney() throws {
    #expect(try FtMChecker.problems(in: FtMExport.jsonLines(FtMExportFixture.content)) == [])
  }

  /// The checker itself finds what is wrong, so that a pass above means something.
  @Test(arguments: [
    (#"{"id":"a","schema":"Persn","properties":{}}"#, "no schema"),
    (#"{"id":"a","schema":"Thing","properties":{}}"#, "abstract"),
    (#"{"id":"a","schema":"Person","properties":{"payer":["b"]}}"#, "has no property"),
    (#"{"id":"a","schema":"Person","properties":{"birthDate":["once"]}}"#, "not a date"),
    (
      #"{"id":"a","schema":"Person","properties":{"addressEntity":["nowhere"]}}"#, "names no entity"
    ),
    (
      #"{"id":"a","schema":"Person","properties":{"addressEntity":["b"]}}"# + "\n"
        + #"{"id":"b","schema":"Person","properties":{}}"#,
      "points to a Person, not a Address"
    ),
    (#"{"id":"a","schema":"Person","properties":{"addressEntity":["a"]}}"#, "Self-relationship"),
  ])
  func checkerFindsProblems(line: String, problem: String) throws {
    let problems = try FtMChecker.problems(in: line + "\n")
    #expect(problems.contains { $0.contains(problem) }, "\(problems)")
  }

  @Test func checkerFindsDuplicateIDs() throws {
    let line = #"{"id":"a","schema":"Person","properties":{"name":["A"]}}"#
    let problems = try FtMChecker.problems(in: line + "\n" + line + "\n")
    #expect(problems.contains { $0.contains("used twice") }, "\(problems)")
  }
}

/// Runs Tests/Support/ftm_check.py on FtM JSON lines.
enum FtMChecker {
  /// Why the checker could not run.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The checker's problems with `lines`; empty when followthemoney accepts them all.
  static func problems(in lines: String) throws -> [String] {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("ftm-check-\(UUID().uuidString).ftm.json")
    try lines.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, file.path]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errorText = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0, 1: return text.split(separator: "\n").map(String.init)
    case 3, 127:
      throw Failure(
        description: "The FtM oracle needs python3 with the followthemoney package "
          + "(pip install followthemoney): \(text)\(errorText)")
    default:
      throw Failure(description: "ftm_check.py failed:\n\(text)\(errorText)")
    }
  }

  private static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // DossierModelTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Support/ftm_check.py")
}
