import Foundation
import Testing

/// Marks kept between runs, in a state folder of the test's own.
@Suite("Marks between runs (tmux)", .serialized)
struct MarksTerminalTests {
  /// Starts the browser with `XDG_STATE_HOME` set to `stateHome`.
  private func start(stateHome: String) async throws -> TmuxSession {
    let command =
      "XDG_STATE_HOME=" + shellQuoted(stateHome) + " " + shellQuoted(try Tools.dossier())
    let session = try TmuxSession(command: reportingExit(command), width: 100, height: 30)
    do {
      try await session.waitFor("Xi Jinping’s state visit")
    } catch {
      session.kill()
      throw error
    }
    return session
  }

  @Test("m marks; after quitting and starting again, ' lists the mark")
  func marksAreKept() async throws {
    let stateHome = NSTemporaryDirectory() + "dossier-marks-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: stateHome) }
    let first = try await start(stateHome: stateHome)
    try first.send("j", "m")
    try await first.waitUntil("the mark") { $0.statusBar.contains("Marked ") }
    try first.send("q")
    try await first.waitUntil("the first run to end") { $0.exitStatus == 0 }
    first.kill()
    let files = try FileManager.default.contentsOfDirectory(atPath: stateHome + "/dossier/marks")
    #expect(files.count == 1 && files[0].hasPrefix("bundled-") && files[0].hasSuffix(".json"))

    let second = try await start(stateHome: stateHome)
    defer { second.kill() }
    try second.send("'")
    let listed = try await second.waitUntil("the marks list") { $0.text.contains("Marks (1)") }
    #expect(listed.text.contains("China–Kazakhstan permanent comprehensive"))
    try second.send("Enter")
    try await second.waitUntil("the jump to the mark") {
      $0.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive")
    }
  }

  @Test("a marks file that is not ours is reported, and the browser starts without marks")
  func aDamagedMarksFileIsReported() async throws {
    let stateHome = NSTemporaryDirectory() + "dossier-marks-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: stateHome) }
    let first = try await start(stateHome: stateHome)
    try first.send("m", "q")
    try await first.waitUntil("the first run to end") { $0.exitStatus == 0 }
    first.kill()
    let folder = stateHome + "/dossier/marks/"
    let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
    try Data("not json".utf8).write(to: URL(fileURLWithPath: folder + file))

    let second = try await start(stateHome: stateHome)
    defer { second.kill() }
    try await second.waitUntil("the notice") {
      $0.statusBar.contains("Marks not read: not a marks file")
    }
    try second.send("'")
    try await second.waitUntil("no marks") { $0.statusBar.contains("No marks yet") }
  }

  @Test("marks that cannot be saved say so, and the browser goes on")
  func anUnwritableStateFolderIsReported() async throws {
    let stateHome = NSTemporaryDirectory() + "dossier-marks-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: stateHome) }
    try Data().write(to: URL(fileURLWithPath: stateHome))
    let session = try await start(stateHome: stateHome)
    defer { session.kill() }
    try session.send("m")
    let screen = try await session.waitUntil("the notice") {
      $0.statusBar.contains("Marks not saved")
    }
    #expect(screen.statusBar.contains("Marks not saved: Not a directory"))
    try session.send("j")
    try await session.waitUntil("the browser to go on") {
      !$0.statusBar.contains("Marks not saved")
    }
  }
}
