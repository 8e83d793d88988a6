/// The visible text in a stream of terminal output: escape sequences and control bytes
/// removed, so one can tell when a screen with words on it has been drawn.
enum ScreenText {
  static func visible(in bytes: [UInt8]) -> String {
    var text: [UInt8] = []
    var position = 0
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == 0x1B {
        position = skipEscape(bytes, from: position)
      } else if byte >= 0x20, byte != 0x7F {
        text.append(byte)
      }
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Whether the output shows at least a few letters: a drawn screen rather than only the
  /// terminal set-up sequences.
  static func showsText(_ bytes: [UInt8]) -> Bool {
    visible(in: bytes).filter(\.isLetter).count >= 3
  }

  /// Skips the rest of an escape sequence whose ESC came just before `start`.
  private static func skipEscape(_ bytes: [UInt8], from start: Int) -> Int {
    guard start < bytes.count else { return start }
    var position = start + 1
    switch bytes[start] {
    case UInt8(ascii: "["):  // CSI: parameters, then a final byte 0x40–0x7E.
      while position < bytes.count, !(0x40...0x7E).contains(bytes[position]) { position += 1 }
      return position + 1
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"):  // OSC, DCS, APC.
      while position < bytes.count {
        if bytes[position] == 0x07 { return position + 1 }
        if bytes[position] == 0x1B { return position + 2 }
        position += 1
      }
      return position
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: "#"):
      return position + 1
    default:
      return position
    }
  }
}
