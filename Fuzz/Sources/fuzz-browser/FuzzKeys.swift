@testable import DossierBrowser

/// The keys and characters the fuzzer presses.
enum FuzzKeys {
  /// Every key the standard key map binds, in any context, then keys it binds to nothing.
  static let all: [Key] = {
    var keys: [Key] = []
    for context in KeyContext.allCases {
      for binding in Keymap.standard.bindings[context] ?? [] {
        for key in binding.keys where !keys.contains(key) { keys.append(key) }
      }
    }
    let unbound: [Key] = [
      .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
      .home, .end, .pageUp, .pageDown, .control("a"), .control("e"), .control("u"),
      .control("w"), .control("k"), .control("n"), .control("p"), .control("z"),
    ]
    return keys + unbound.filter { !keys.contains($0) }
  }()

  /// Characters typed at the prompts: letters and words of the bundled dossier, digits,
  /// punctuation, accents, wide and combining characters, Tangut and Kana Supplement
  /// (wide where an old table said narrow), emoji with a modifier, a variation selector
  /// and joiners.
  static let characters: [Character] = Array(
    "abcdefghijklmnopqrstuvwxyzABCKZ0123456789 -'\"./:*?()[]éüøß習中文\u{301}🇰🇿👍🏽"
      + "\u{17000}\u{1B001}❤️👨‍👩‍👧‍👦")
}
