import Foundation
import Testing

/// Output that cannot be written is a failure with a reason, never exit 0 with the output
/// lost; a reader that went away ends the run quietly.
@Suite("Lost output")
struct LostOutputTests {
  /// Runs `script` in bash, `$DOSSIER` in it being the built binary.
  private func shell(_ script: String) throws -> (status: Int32, stderr: String) {
    let result = try runBash(script)
    return (result.status, result.stderr)
  }

  @Test(arguments: [
    "list events", "show kazakhstan --json", "search golden", "check", "list actors --json",
  ])
  func aFullDiskIsAFailureWithItsReason(command: String) throws {
    let result = try shell("\"$DOSSIER\" " + command + " > /dev/full")
    #expect(result.status == 1)
    #expect(result.stderr == "dossier: cannot write the output: No space left on device\n")
  }

  /// With SIGPIPE ignored, as some shells and tools leave it, a write to a pipe whose
  /// reader went away fails with EPIPE: the run ends with status 1 and no message.
  @Test(arguments: ["list events", "export --format json", "export --format markdown"])
  func aReaderThatWentAwayEndsTheRunQuietly(command: String) throws {
    try withTemporaryDirectory { folder in
      let events = (0..<3000).map { number in
        #"{"id": "e\#(number)", "name": "Event number \#(number) of a long run of events", "type": "meeting", "date": "2020"}"#
      }
      let file = try writeFile(
        #"{"format": "dossier", "version": 1, "title": "Big", "events": ["#
          + events.joined(separator: ",\n") + "]}", named: "big.json", in: folder)
      let result = try shell(
        "trap '' PIPE; \"$DOSSIER\" --data '\(file)' \(command) | head -c1 >/dev/null; "
          + "exit ${PIPESTATUS[0]}")
      #expect(result.status == 1)
      #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
  }
}
