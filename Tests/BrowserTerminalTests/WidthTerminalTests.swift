import Foundation
import Testing

/// Characters whose width terminals might see otherwise than the browser: each frame must
/// be what a full redraw (Ctrl-L) shows. Tangut and Kana Supplement were counted one
/// column where terminals draw two (11 of 33 frames differed); an emoji family joined by
/// ZWJ lost its joiner and cut the rest of the row ("quit" became "qit").
@Suite("Wide and joined characters (tmux)", .serialized)
struct WidthTerminalTests {
  private static let names = [
    "Tangut 𗀀𗀁𗀂 text", "Kana 𛀀𛀁 supplement", "Family 👨‍👩‍👧‍👦 joined", "Heart ❤️ selector",
    "Thumb 👍🏽 tone", "Flag 🇰🇿 pair", "Chinese 中国 wide", "Accent e\u{301}te combining",
  ]

  private func dossierFile() throws -> String {
    let actors = Self.names.enumerated().map { number, name in
      #"{"id": "a\#(number)", "name": "\#(name)", "type": "person", "summary": "About \#(name), again \#(name)."}"#
    }
    let json =
      #"{"format": "dossier", "version": 1, "title": "Widths 𗀀 👨‍👩‍👧‍👦", "actors": ["#
      + actors.joined(separator: ", ") + "]}"
    let path = NSTemporaryDirectory() + "dossier-widths-\(UUID().uuidString).json"
    try Data(json.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("every frame equals a full redraw, and the hints stay whole")
  func framesEqualRedraws() async throws {
    let file = try dossierFile()
    defer { try? FileManager.default.removeItem(atPath: file) }
    let session = try TmuxSession(
      command: reportingExit(shellQuoted(try Tools.dossier()) + " --data " + shellQuoted(file)),
      width: 100, height: 30)
    defer { session.kill() }
    try session.send("2")
    try await session.waitUntil("the actors") {
      $0.text.contains("Accent") && $0.statusBar.contains("q quit")
    }
    // Each actor opened, so that its name is in the breadcrumb beside the hints too.
    for (step, name) in Self.names.sorted().enumerated() {
      let word = String(name.prefix { $0 != " " })
      try session.send("Enter")
      let frame = try await session.waitUntil("the frame of \(word)") {
        $0.statusBar.contains(word) && $0.text.contains("About \(word)")
      }
      try session.send("C-l")
      let redrawn = try await session.waitUntil("the redraw of \(word)") {
        $0.statusBar.contains(word)
      }
      #expect(frame.text == redrawn.text, "\(word):\n\(frame.text)\n---\n\(redrawn.text)")
      #expect(frame.statusBar.hasSuffix("quit"), "\(word): \(frame.statusBar)")
      #expect(
        frame.lines.first?.hasSuffix("Widths 𗀀 👨") == true, "\(word): \(frame.lines.first ?? "")")
      try session.send("BSpace")
      try await session.waitUntil("back to the actors") { !$0.statusBar.contains(word) }
      if step + 1 < Self.names.count { try session.send("j") }
    }
  }
}
