import FoundationEssentials
import Testing

@testable import DossierBrowser

/// The README's key tables are the key map's: a change to either fails here until the
/// other follows.
@Suite("README keys")
struct ReadmeKeysTests {
  private static let begin =
    "<!-- keys: generated from the key map; ReadmeKeysTests checks it -->\n"
  private static let end = "<!-- end of keys -->"

  @Test func theReadmeListsTheKeysOfTheKeyMap() throws {
    let readme = URL(filePath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appending(path: "README.md")
    let text = try String(decoding: Data(contentsOf: readme), as: UTF8.self)
    let start = try #require(text.firstRange(of: Self.begin), "the README marks its key tables")
    let stop = try #require(text[start.upperBound...].firstRange(of: Self.end))
    let documented = String(text[start.upperBound..<stop.lowerBound])
    let expected = HelpContent.markdownTables(.standard)
    #expect(documented == expected, "paste this into the README:\n\(expected)")
  }
}
