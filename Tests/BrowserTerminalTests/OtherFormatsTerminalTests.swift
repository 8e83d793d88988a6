import Foundation
import Testing

/// The browser on files in other formats, in a real terminal.
@Suite("Other formats in a terminal (tmux)", .serialized)
struct OtherFormatsTerminalTests {
  private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  private func open(_ file: String) async throws -> TmuxSession {
    let dossier = try Tools.dossier()
    let path = repository.appendingPathComponent(file).path
    return try TmuxSession(
      command: reportingExit(shellQuoted(dossier) + " --data " + shellQuoted(path)),
      width: 120, height: 30)
  }

  @Test("an FtM export: payments on the timeline, a company's facts, address and payments")
  func followTheMoneyPayments() async throws {
    let session = try await open("docs/examples/payments.ftm.json")
    defer { session.kill() }
    try await session.waitUntil("the payments, and the partial export told in the status bar") {
      $0.statusBar.contains("1 load warning") && $0.text.contains("Payment 120,000 EUR")
        && $0.text.contains("Payment 5,000 USD")
        && $0.text.contains("Payment 99 from Acme Trading Ltd")
    }

    try session.send("2")
    try await session.waitUntil("the address, first of the actors") {
      $0.detailTitle.hasPrefix("12 Makarios Ave")
    }
    try session.send("j")
    // The whole page: a capture can fall between two rows' writes.
    let company = try await session.waitUntil("the company's page") {
      $0.detailTitle == "Acme Trading Ltd" && $0.text.contains("← Payments received (1)")
    }
    let detail = company.detailLines.joined(separator: "\n")
    #expect(detail.contains("Registration number: HE 123456"), "\(company.text)")
    #expect(detail.contains("→ Address (1)"), "\(company.text)")
    #expect(detail.contains("12 Makarios Ave, Limassol, Cyprus"), "\(company.text)")
    #expect(detail.contains("← Payments made (2)"), "\(company.text)")
    #expect(detail.contains("← Payments received (1)"), "\(company.text)")

    try session.send("q")
    let end = try await session.waitUntil("the browser to quit") { $0.exitStatus != nil }
    #expect(end.exitStatus == 0)
  }

  @Test("a TimelineJS sheet as CSV: slides on the timeline, groups among the projects")
  func timelineSheet() async throws {
    let session = try await open("Tests/Fixtures/timelinejs/sheet.csv")
    defer { session.kill() }
    let start = try await session.waitFor("Xi visits Astana")
    #expect(
      start.text.contains("Kazakhstan and the Belt and Road"), "the title slide: \(start.text)")
    try session.send("3")
    let projects = try await session.waitFor("Groups")
    #expect(projects.text.contains("Eras"), "\(projects.text)")
    try session.send("q")
    let end = try await session.waitUntil("the browser to quit") { $0.exitStatus != nil }
    #expect(end.exitStatus == 0)
  }

  @Test("--data - browses a dossier piped in, with the keys read from the terminal")
  func aDossierPipedIn() async throws {
    let dossier = try Tools.dossier()
    let folder = repository.appendingPathComponent("Resources").path
    let command =
      "cd \(shellQuoted(folder)) && cat china-kazakhstan-bri.json | \(shellQuoted(dossier)) --data -"
    let session = try TmuxSession(command: reportingExit(command), width: 100, height: 30)
    defer { session.kill() }
    try await session.waitUntil("the piped dossier's timeline") {
      $0.text.contains("Xi Jinping’s state visit") && $0.statusBar.contains("q quit")
    }
    try session.send("j")
    try await session.waitUntil("j read from the terminal") {
      $0.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive")
    }
    try session.send("R")
    try await session.waitUntil("the standard input cannot be read again") {
      $0.statusBar.contains("The standard input has no file to reload")
    }
    try session.send("q")
    let end = try await session.waitUntil("the browser to quit", all: true) { $0.exitStatus != nil }
    #expect(end.exitStatus == 0)
  }
}
