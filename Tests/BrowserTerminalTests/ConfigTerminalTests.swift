import Foundation
import Testing

/// The settings file in the browser: keys rebound; a bad file reported, never fatal.
@Suite("Settings in the browser (tmux)", .serialized)
struct ConfigTerminalTests {
  private func start(settings: String) async throws -> (TmuxSession, String) {
    let home = NSTemporaryDirectory() + "dossier-config-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: home + "/dossier", withIntermediateDirectories: true)
    try Data(settings.utf8).write(to: URL(fileURLWithPath: home + "/dossier/config.toml"))
    let command = "XDG_CONFIG_HOME=" + shellQuoted(home) + " " + shellQuoted(try Tools.dossier())
    let session = try TmuxSession(command: reportingExit(command), width: 100, height: 30)
    try await session.waitFor("Xi Jinping’s state visit")
    return (session, home)
  }

  @Test("a key rebound in config.toml works, and the help and hints say so")
  func reboundKeys() async throws {
    let (session, home) = try await start(settings: "[keys.lists]\nquit = [\"Q\"]\n")
    defer {
      session.kill()
      try? FileManager.default.removeItem(atPath: home)
    }
    let screen = try await session.waitUntil("the hints") { $0.statusBar.contains("Q quit") }
    #expect(!screen.statusBar.contains("q quit"))
    try session.send("q")
    try await session.waitUntil("q to do nothing") { $0.statusBar.contains("Nothing on that key") }
    try session.send("Q")
    try await session.waitUntil("Q to quit") { $0.exitStatus == 0 }
  }

  @Test("a settings file with a mistake: the browser starts and says where it is")
  func aBadFileIsReported() async throws {
    let (session, home) = try await start(settings: "[colors]\nselection = \"purple\"\n")
    defer {
      session.kill()
      try? FileManager.default.removeItem(atPath: home)
    }
    let screen = try await session.waitUntil("the notice") {
      $0.statusBar.contains("config.toml has a mistake (dossier config lists them): 2:1:")
    }
    #expect(screen.text.contains("Timeline"))
  }
}
