import Foundation
import Testing

/// `e` opens the file in the editor at the entity and reloads it; `R` reloads; a file that
/// no longer loads shows its problems and leaves the dossier as it was.
@Suite("Edit and reload (tmux)", .serialized)
struct EditTerminalTests {
  /// A folder with the bundled dossier exported as `d.json` and an editor script that
  /// notes its arguments in `args` and runs `sed` with `expression` on the file.
  private func workspace(sedExpression expression: String) throws -> String {
    let folder = NSTemporaryDirectory() + "dossier-edit-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let exported = try runProcess(try Tools.dossier(), ["export", "--format", "json"])
    try Data(exported.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/d.json"))
    let script = """
      #!/bin/sh
      echo "$@" > \(shellQuoted(folder + "/args"))
      sed -i \(shellQuoted(expression)) "$2"
      """
    try Data(script.utf8).write(to: URL(fileURLWithPath: folder + "/editor.sh"))
    chmod(folder + "/editor.sh", 0o755)
    return folder
  }

  private func start(_ folder: String) async throws -> TmuxSession {
    let command =
      "EDITOR=" + shellQuoted(folder + "/editor.sh") + " " + shellQuoted(try Tools.dossier())
      + " --data " + shellQuoted(folder + "/d.json") + " browse kazakhstan"
    let session = try TmuxSession(command: reportingExit(command), width: 100, height: 30)
    do {
      try await session.waitUntil("Kazakhstan's detail") { $0.detailTitle == "Kazakhstan" }
    } catch {
      session.kill()
      throw error
    }
    return session
  }

  @Test("e runs $EDITOR at the entity's line and shows the file as it was saved")
  func editAndReload() async throws {
    let folder = try workspace(sedExpression: "s/\"name\": \"Kazakhstan\"/\"name\": \"Qazaqstan\"/")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try await start(folder)
    defer { session.kill() }
    try session.send("e")
    try await session.waitUntil("the reloaded detail and its message") {
      $0.detailTitle == "Qazaqstan" && $0.statusBar.contains("Reloaded d.json")
    }
    let arguments = try String(contentsOfFile: folder + "/args", encoding: .utf8)
    let text = try String(contentsOfFile: folder + "/d.json", encoding: .utf8)
    let idLine = text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("\"id\": \"kazakhstan\"") }.map { $0 + 1 }
    #expect(arguments == "+\(idLine ?? -1) \(folder)/d.json\n")
  }

  @Test("a file the editor broke shows its located problems; Esc goes back to the dossier")
  func aBrokenFileKeepsThePreviousDossier() async throws {
    let folder = try workspace(sedExpression: "s/\"name\": \"Kazakhstan\"/\"name\": Kazakhstan/")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try await start(folder)
    defer { session.kill() }
    try session.send("e")
    try await session.waitUntil("the problems, located") {
      $0.text.contains("The file no longer loads") && $0.text.contains("d.json:")
        && $0.text.contains("expected a value")
    }
    try session.send("Escape")
    try await session.waitUntil("the dossier as it was") { $0.detailTitle == "Kazakhstan" }
    try session.send("R")
    try await session.waitFor("The file no longer loads")
  }

  @Test("the built-in dossier says it has no file to edit")
  func theBuiltInDossierHasNoFile() async throws {
    let session = try TmuxSession(
      command: reportingExit(shellQuoted(try Tools.dossier())), width: 100, height: 30)
    defer { session.kill() }
    try await session.waitFor("Xi Jinping’s state visit")
    try session.send("e")
    try await session.waitUntil("the notice") {
      $0.statusBar.contains("The built-in dossier has no file to edit")
    }
    try session.send("R")
    try await session.waitUntil("the notice") {
      $0.statusBar.contains("The built-in dossier has no file to reload")
    }
  }
}
