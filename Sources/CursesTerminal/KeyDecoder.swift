import CNcurses
import DossierBrowser

/// Turns ncurses key codes and characters into browser keys.
enum KeyDecoder {
  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    default:
      (1...12).first { dossier_key_f(Int32($0)) == code }.map(Key.function)
    }
  }

  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
    default:
      guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
      return .character(Character(scalar))
    }
  }
}
