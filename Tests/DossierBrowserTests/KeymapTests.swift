import DossierModel
import Testing

@testable import DossierBrowser

/// The handlers of every context ask the key map: a key bound elsewhere does the work.
@Suite("Key map")
struct KeymapTests {
  /// The standard map with `context`'s bindings for `action` replaced by `keys`.
  private func rebinding(_ action: Action, to keys: [Key], in context: KeyContext) -> Keymap {
    var bindings = Keymap.standard.bindings
    bindings[context] = bindings[context]?.map { binding in
      binding.action == action ? KeyBinding(action, keys) : binding
    }
    return Keymap(bindings: bindings)
  }

  private func browser(keymap: Keymap) -> BrowserState {
    BrowserState(dossier: bundled, rows: 30, columns: 100, keymap: keymap)
  }

  @Test func thePromptClearsOnTheKeyTheMapGives() {
    let keymap = rebinding(.clearQuery, to: [.control("k")], in: .search)
    let typed = type(press(browser(keymap: keymap), .character("/")), "tokayev")
    #expect(press(typed, .control("u")).prompt?.text == "tokayev", "Ctrl-U is no longer bound")
    #expect(press(typed, .control("k")).prompt?.text == "")
  }

  @Test func aCharacterBoundAtThePromptIsNotTyped() {
    let keymap = rebinding(.nextMatch, to: [.character("+")], in: .search)
    let typed = type(press(browser(keymap: keymap), .character("/")), "kaz")
    let next = press(typed, .character("+"))
    #expect(next.prompt?.text == "kaz")
    #expect(next.prompt?.selected == 1)
  }

  @Test func theSourceViewClosesOnTheKeyTheMapGives() throws {
    let keymap = rebinding(.close, to: [.character("x")], in: .source)
    var detail = press(browser(keymap: keymap), .enter)
    while detail.selectedDetailItem.map({ if case .evidence = $0 { false } else { true } }) ?? false
    {
      detail = press(detail, .down)
    }
    let reading = press(detail, .character("s"))
    try #require(reading.navigation.source != nil)
    #expect(press(reading, .character("q")).navigation.source != nil)
    #expect(press(reading, .character("x")).navigation.source == nil)
  }

  @Test func theKeyContextFollowsTheModeAndThePlace() {
    let start = browser(keymap: .standard)
    #expect(start.keyContext == .lists)
    #expect(press(start, .enter).keyContext == .detail)
    #expect(press(start, .character("/")).keyContext == .search)
    #expect(press(start, .character("?")).keyContext == .help)
  }

  @Test func ctrlCQuitsAtOnceOutsideThePromptsAndCancelsThem() {
    let start = browser(keymap: .standard)
    #expect(effects(of: .control("c"), in: start) == [.interrupt])
    #expect(effects(of: .control("c"), in: press(start, .enter)) == [.interrupt])
    let prompts = [
      type(press(start, .character("/")), "kaz"), press(start, .enter, .character("/")),
      press(start, .character("f")), press(start, .character("?")), press(start, .character("H")),
    ]
    for prompt in prompts {
      let cancelled = press(prompt, .control("c"))
      #expect(prompt.keyContext != .lists && prompt.keyContext != .detail)
      #expect(cancelled.keyContext == .lists || cancelled.keyContext == .detail)
      #expect(!effects(of: .control("c"), in: prompt).contains(.interrupt))
    }
  }

  @Test func ctrlZSuspendsInEveryContextAndChangesNothing() {
    let start = browser(keymap: .standard)
    let places = [
      start, press(start, .enter), type(press(start, .character("/")), "kaz"),
      press(start, .character("f")), press(start, .character("?")),
    ]
    for place in places {
      #expect(effects(of: .control("z"), in: place) == [.suspend])
      #expect(press(place, .control("z")).keyContext == place.keyContext)
      #expect(press(place, .control("z")).prompt?.text == place.prompt?.text)
    }
    for context in KeyContext.allCases {
      #expect(Keymap.standard.action(for: .control("z"), in: context) == .suspend, "\(context)")
    }
  }
}
