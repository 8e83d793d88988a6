import FoundationEssentials
import Testing

@testable import DossierBrowser

/// The screen in the README is the program's: the browser at 100×30 on the bundled
/// dossier, the fourth event opened.
@Suite("README screen")
struct ReadmeScreenTests {
  @Test func theReadmeShowsTheScreenTheBrowserDraws() throws {
    let readme = URL(filePath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appending(path: "README.md")
    let text = try String(decoding: Data(contentsOf: readme), as: UTF8.self)
    let start = try #require(text.firstRange(of: "```\n 1 Timeline"))
    let body = text[text.index(start.lowerBound, offsetBy: 4)...]
    let end = try #require(body.firstRange(of: "\n```"))
    let documented = String(body[..<end.lowerBound])
    let state = press(browser(rows: 30, columns: 100), .down, .down, .down, .enter)
    let drawn = render(state).lines.map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }.joined(separator: "\n")
    #expect(documented == drawn, "paste this into the README:\n\(drawn)")
  }
}
