import Foundation
import Testing

/// Ids from other formats are kept as they are, so the CLI must neutralise them like any
/// other text from the file.
@Suite struct ForeignIDTests {
  private let hostileID = "evil-2\u{1B}[1m\u{1B}]52;c;cHduZWQ=\u{07}"

  private func write(in directory: URL) throws -> String {
    let escaped = hostileID.unicodeScalars.map { scalar in
      scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
    }.joined()
    let lines = [
      #"{"id": ""# + escaped + #"", "schema": "Company", "properties": {"name": ["Evil Ltd"]}}"#,
      #"{"id": "evil-1", "schema": "Company", "properties": {"name": ["Evil One"]}}"#,
    ]
    return try writeFile(lines.joined(separator: "\n"), named: "evil.ftm", in: directory)
  }

  @Test func noCommandPrintsAnIDsControlCharacters() throws {
    try withTemporaryDirectory { directory in
      let path = try write(in: directory)
      for arguments in [
        ["list", "actors"], ["search", "evil"], ["show", hostileID], ["show", "evil-2"],
        ["export", "--format", "markdown"],
      ] {
        let result = try runDossier(arguments + ["--data", path])
        #expect(
          rawControlScalars(in: result.stdout + result.stderr).isEmpty,
          "\(arguments): \(result.transcript)")
        #expect(
          (result.stdout + result.stderr).contains("evil-2\\u{1B}[1m"),
          "the id is shown, neutralised: \(arguments): \(result.transcript)")
      }
    }
  }
}
