import DossierModel
import Testing

@testable import DossierBrowser

/// Filters meeting history, search, links, help and small terminals.
@Suite("Filters at the edges")
struct FilterEdgeTests {
  /// A thousand events named "Widget event N", the last five of type "rare".
  static let widgets: Dossier = {
    let entities = (0..<1000).map { number in
      Entity(
        id: "widget-\(number)", kind: .event, name: "Widget event \(number)",
        type: number >= 995 ? "rare" : "common", date: try? PartialDate(parsing: "2020"))
    }
    let content = DossierContent(
      title: "Widgets", description: nil, sources: [], entities: entities, links: [],
      relations: [:])
    do {
      return try DossierLoader.load(
        .bytes(Array(content.nativeJSON().rendered().utf8), fileName: "widgets.json")
      ).dossier
    } catch {
      fatalError("the widgets do not load: \(error)")
    }
  }()

  /// The widgets filtered to the rare ones.
  private func rare(rows: Int = 12, columns: Int = 40) throws -> BrowserState {
    var state = press(
      BrowserState(dossier: Self.widgets, rows: rows, columns: columns), .character("f"))
    let items = try #require(state.filterPanel?.items)
    let rare = try #require(
      items.firstIndex { if case .type(_, "rare", _) = $0 { true } else { false } })
    for _ in 0..<rare { state = press(state, .down) }
    return press(state, .character(" "), .enter)
  }

  @Test func aSearchFindsTheMatchesTheFilterKeepsBeyondTheFirstPage() throws {
    let searching = type(press(try rare(), .character("/")), "widget")
    #expect(searching.prompt?.hits.count == 5)
    #expect(
      searching.prompt?.hits.allSatisfy { Self.widgets.entities[$0.entityIndex].type == "rare" }
        == true)
  }

  @Test func backAcrossAFilterKeepsTheSelectionOnScreen() throws {
    let start = press(BrowserState(dossier: Self.widgets, rows: 12, columns: 40), .character("G"))
    let filtered = press(start, .character("f"), .character(" "), .enter)
    let back = press(filtered, .backspace)
    let row = try #require(back.selectedRow(in: .timeline))
    let scroll = back.navigation.listScroll[.timeline] ?? 0
    #expect(scroll <= row && row < scroll + back.layout.height(of: .timeline))
    #expect(back.navigation == start.navigation)
  }

  @Test func applyingAFilterDropsTheResultsItHides() throws {
    let searched = press(
      type(
        press(BrowserState(dossier: Self.widgets, rows: 12, columns: 40), .character("/")), "widget"
      ),
      .enter)
    #expect((searched.results?.hits.count ?? 0) > 5)
    var filtered = press(searched, .character("f"))
    let items = try #require(filtered.filterPanel?.items)
    let rare = try #require(
      items.firstIndex { if case .type(_, "rare", _) = $0 { true } else { false } })
    for _ in 0..<rare { filtered = press(filtered, .down) }
    filtered = press(filtered, .character(" "), .enter)
    #expect(filtered.results?.hits.count == 5)
    let next = press(filtered, .character("n"))
    let shown = try #require(next.navigation.detailEntity)
    #expect(Self.widgets.entities[shown].type == "rare")
  }

  @Test func followingALinkOutsideTheFilterSaysSoAndKeepsTheList() throws {
    let kazakhstan = try #require(bundled.entityIndex(id: "kazakhstan"))
    var state = press(browser(), .character("f"))
    let items = try #require(state.filterPanel?.items)
    let linked = try #require(
      items.firstIndex(of: .linked(entity: kazakhstan, count: bundled.linkCount(of: kazakhstan))))
    for _ in 0..<linked { state = press(state, .down) }
    state = press(state, .character(" "), .enter)
    #expect(!state.visibleLists.keeps(kazakhstan), "an entity is not linked to itself")
    let before = state.navigation.selection
    state.go(to: "kazakhstan")
    #expect(state.navigation.detailEntity == kazakhstan)
    #expect(state.navigation.selection == before)
    #expect(state.message == "Outside the filter: not in the list (F clears the filter)")
  }

  @Test func helpFromTheFilterPanelReturnsToIt() {
    let panel = press(browser(), .character("f"), .down, .character(" "))
    let help = press(panel, .character("?"))
    #expect(help.helpScroll == 0)
    #expect(press(help, .escape).filterPanel == panel.filterPanel)
  }

  @Test func at40ColumnsThePanelHasItsHintsAndTheFilterItsTitle() throws {
    let panel = press(try rare(), .character("f"))
    #expect(statusBar(render(panel)).contains("Esc cancel"))
    let title = render(try rare()).line(0)
    #expect(title.contains("Filter: event: rare"), "\(title)")
  }

  @Test func theCurrentMatchSurvivesAResize() throws {
    let found = press(
      type(press(browser(rows: 30, columns: 100), .enter, .character("/")), "kaz"), .enter,
      .character("n"))
    let resized = resize(found, rows: 12, columns: 40)
    #expect(
      !cells(with: .currentFound, in: render(resize(resized, rows: 30, columns: 100))).isEmpty)
    let matches = resized.pageMatches(of: "kaz")
    #expect(resized.navigation.find?.currentMatch == matches[1])
    #expect(resized.navigation.find?.matchCount == matches.count)
  }

  @Test func searchingFromTheSourceShowsTheResultsPane() throws {
    var detail = press(browser(rows: 24, columns: 80), .enter)
    while detail.selectedDetailItem.map({ if case .evidence = $0 { false } else { true } }) ?? false
    {
      detail = press(detail, .down)
    }
    let searching = press(detail, .character("s"), .character("o"))
    #expect(render(searching).line(1).hasPrefix(" Type to search"))
  }

  @Test func theHelpStopsScrollingAtItsLastScreen() {
    let end = press(browser(rows: 24, columns: 80), .character("?"), .character("G"))
    let up = press(end, .character("k"))
    #expect(render(up) != render(end), "one line up shows at once")
  }
}
