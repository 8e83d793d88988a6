import DossierModel
import Testing

@testable import DossierBrowser

/// A dossier without actors: the empty list says so in a row of its own, and the next
/// list's title stays whole.
@Suite struct EmptyPaneTests {
  @Test func anEmptyListHasARowForItsPlaceholder() throws {
    let json = """
      {"format": "dossier", "version": 1, "title": "No actors",
       "events": [{"id": "e1", "name": "Dam completed", "type": "event", "date": "2005"}],
       "projects": [{"id": "p1", "name": "Kok-Aral dam", "type": "dam"}],
       "links": [{"from": "e1", "to": "p1", "relation": "involves"}]}
      """
    let dossier = try DossierLoader.load(.bytes(Array(json.utf8), fileName: "n.json")).dossier
    let canvas = render(BrowserState(dossier: dossier, rows: 30, columns: 120))
    let actorsTitle = try #require(rows(containing: "2 Actors (0)", in: canvas).first)
    #expect(canvas.line(actorsTitle + 1).hasPrefix("  (none)"))
    #expect(canvas.line(actorsTitle + 2).hasPrefix(" 3 Projects (1)"))
  }
}
