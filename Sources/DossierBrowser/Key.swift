import DossierModel

/// A key press, as the terminal adapter decodes it.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// A letter typed with Ctrl held (lowercase).
  case control(Character)
  /// Arrow keys.
  case up, down, left, right
  /// Paging keys.
  case pageUp, pageDown, home, end
  /// Editing and control keys.
  case enter, backspace, delete, tab, backTab, escape
  /// A function key, F1…F12.
  case function(Int)

  /// How the key is written in help and hints.
  public var label: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-" + letter.uppercased()
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .escape: "Esc"
    case .function(let number): "F\(number)"
    }
  }
}

extension Key {
  /// The key's name in the configuration file: ASCII, "Up", "PgDn", "Ctrl-L", "Space",
  /// or the character itself.
  public var configName: String {
    switch self {
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    default: label
    }
  }

  /// The key a configuration name stands for (case counts only for a single character).
  public init?(configName name: String) {
    if name.count == 1, let character = name.first, !character.isWhitespace {
      self = .character(character)
      return
    }
    let named: [String: Key] = [
      "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
      "pgdn": .pageDown, "home": .home, "end": .end, "enter": .enter,
      "backspace": .backspace, "del": .delete, "tab": .tab, "shift-tab": .backTab,
      "esc": .escape, "space": .character(" "),
    ]
    let lowered = name.lowercased()
    if let key = named[lowered] {
      self = key
    } else if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last,
      letter.isASCII, letter.isLetter
    {
      self = .control(letter)
    } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()),
      (1...12).contains(number)
    {
      self = .function(number)
    } else {
      return nil
    }
  }
}

/// Something that happens to the browser: a key, or a new terminal size.
public enum InputEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// The terminal now has this many rows and columns.
  case resize(rows: Int, columns: Int)
  /// A search run in the background for `query` has finished.
  case searchCompleted(query: String, hits: [SearchHit])
  /// Something to tell the user in the status bar, from outside the browser.
  case notice(String)
  /// Go to this entity, as following a link does (`dossier browse ID`).
  case open(entityID: String)
  /// The dossier file no longer loads: these are its problems, each with where it is.
  case loadFailed([String])
  /// A mouse button or wheel, at a cell of the screen.
  case mouse(MouseEvent)
  /// Characters typed all at once (a paste): at a prompt they are added in one go and
  /// searched once; elsewhere each is a key.
  case typed(String)
}
