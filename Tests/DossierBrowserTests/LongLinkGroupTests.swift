import DossierModel
import Testing

@testable import DossierBrowser

/// A hub's long link groups show their first links and a line that shows the rest.
@Suite("Long link groups")
struct LongLinkGroupTests {
  private let eventCount = DetailContent.linksShownPerGroup + 12

  private func hubDossier() throws -> Dossier {
    let events = (0..<eventCount).map {
      #"{"id": "e\#($0)", "name": "Meeting \#($0)", "type": "meeting", "date": "2001"}"#
    }
    let links = (0..<eventCount).map {
      #"{"from": "e\#($0)", "to": "hub", "relation": "participant"}"#
    }
    let json =
      #"{"format": "dossier", "version": 1, "title": "Hub", "events": ["#
      + events.joined(separator: ",") + #"], "actors": [{"id": "hub", "name": "Hub", "#
      + #""type": "organisation"}], "links": ["# + links.joined(separator: ",") + "]}"
    return try DossierLoader.load(.bytes(Array(json.utf8), fileName: "hub.json")).dossier
  }

  private func openHub() throws -> BrowserState {
    let state = BrowserState(dossier: try hubDossier(), rows: 40, columns: 120)
    return press(state, .character("2"), .enter)
  }

  @Test func showsTheFirstLinksAndAMoreLine() throws {
    let state = try openHub()
    let items = try #require(state.detailContent).items
    #expect(items.count == DetailContent.linksShownPerGroup + 1)
    #expect(items.last == .moreLinks(group: "incoming:participant", hidden: 12))
    let end = press(state, .character("G"))
    #expect(render(end).lines.contains { $0.contains("… 12 more: Enter shows all") })
  }

  @Test func enterOnTheMoreLineShowsAllAndBackHidesThemAgain() throws {
    let atMore = press(try openHub(), .character("G"))
    let expanded = press(atMore, .enter)
    #expect(try #require(expanded.detailContent).items.count == eventCount)
    #expect(expanded.navigation.detailCursor == atMore.navigation.detailCursor)
    guard case .link(let last) = try #require(expanded.detailContent).items.last else {
      Issue.record("the last item is a link once all are shown")
      return
    }
    let followed = press(expanded, .character("G"), .enter)
    #expect(detailName(followed) == last.entity.name)
    let back = press(followed, .backspace)
    #expect(back.navigation.expandedGroups == ["incoming:participant"], "history keeps it")
  }
}
