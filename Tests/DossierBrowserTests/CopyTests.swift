import DossierModel
import Testing

@testable import DossierBrowser

/// `y` copies what is selected, through the terminal (an effect the session carries out).
@Suite("Copy")
struct CopyTests {
  @Test func inAListYCopiesTheSelectedId() {
    let state = browser()
    let id = bundled.entities.id(at: state.selectedEntity(in: .timeline)!)
    #expect(effects(of: .character("y"), in: state) == [.copy(id)])
    let copied = press(state, .character("y"))
    #expect(copied.message == "Copied the id \(id)")
    #expect(copied.navigation == state.navigation, "copying moves nothing")
  }

  @Test func inTheDetailYCopiesTheLinkOrTheQuote() throws {
    var state = press(browser(), .enter)
    var copiedLink = false
    var copiedQuote = false
    for _ in 0..<(state.detailContent?.items.count ?? 0) {
      switch state.selectedDetailItem {
      case .link(let linked):
        #expect(effects(of: .character("y"), in: state) == [.copy(linked.entity.id)])
        copiedLink = true
      case .evidence(let evidence):
        #expect(effects(of: .character("y"), in: state) == [.copy(evidence.quote)])
        #expect(
          press(state, .character("y")).message
            == "Copied the quote (\(evidence.quote.count) characters)")
        copiedQuote = true
      default: break
      }
      state = press(state, .down)
    }
    #expect(copiedLink && copiedQuote)
  }

  @Test func controlCharactersAreShownNotCopied() throws {
    let quote = "evil\u{1B}]52;c;eA==\u{07}\nrm -rf ~\r"
    let content = DossierContent(
      title: "T", description: nil, sources: [Source(id: "s", title: "S")],
      entities: [
        Entity(
          id: "a", kind: .actor, name: "A", type: "person",
          evidence: [Evidence(sourceID: "s", quote: quote)])
      ],
      links: [], relations: [:])
    let dossier = try DossierLoader.load(
      .bytes(Array(content.nativeJSON().rendered().utf8), fileName: "t.json")
    ).dossier
    var state = press(BrowserState(dossier: dossier, rows: 24, columns: 80), .character("2"))
    state = press(state, .enter)
    while state.selectedDetailItem.map({ if case .evidence = $0 { false } else { true } }) ?? false
    {
      state = press(state, .down)
    }
    let copied = effects(of: .character("y"), in: state)
    guard case .copy(let text) = copied.first else {
      Issue.record("nothing copied")
      return
    }
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    #expect(text.hasPrefix("evil"))
  }
}
