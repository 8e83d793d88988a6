import DossierModel
import Testing

@testable import DossierBrowser

/// A partial export opens with a word on what the load tolerated, gone after the next key.
@Suite struct LoadWarningTests {
  private func partialExport() throws -> Dossier {
    let lines = [
      #"{"id": "acme", "schema": "Company", "properties": {"name": ["Acme"]}}"#,
      #"{"id": "p1", "schema": "Payment", "properties": {"payer": ["acme"], "#
        + #""beneficiary": ["gone"], "date": ["2020"]}}"#,
    ]
    return try DossierLoader.load(
      .bytes(Array(lines.joined(separator: "\n").utf8), fileName: "partial.ftm")
    ).dossier
  }

  @Test func theFirstScreenSaysHowManyWarningsAndWhereToSeeThem() throws {
    let dossier = try partialExport()
    #expect(dossier.warnings.count == 1)
    let state = BrowserState(dossier: dossier, rows: 24, columns: 80)
    #expect(statusBar(render(state)).hasPrefix(" 1 load warning: dossier check lists them"))
    let moved = press(state, .character("j"))
    #expect(!statusBar(render(moved)).contains("warning"))
  }

  @Test func aCleanFileOpensWithoutANote() {
    #expect(!statusBar(render(browser(rows: 24, columns: 80))).contains("warning"))
  }

  @Test func aNoticeFromOutsideShowsInTheStatusBarUntilTheNextKey() {
    let noticed = update(browser(rows: 24, columns: 80), .notice("The cached copy was damaged"))
      .state
    #expect(statusBar(render(noticed)).hasPrefix(" The cached copy was damaged"))
    #expect(!statusBar(render(press(noticed, .character("j")))).contains("damaged"))
  }
}
