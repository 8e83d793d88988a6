/// Escapes text for a JSON string literal, byte by byte in UTF-8.
///
/// `"` and `\` are escaped, line breaks and tabs by name, and every other control
/// character as `\u00XX`; everything else, including all non-ASCII text, is written as it
/// is (RFC 8259 needs no more).
enum JSONEscaping {
  /// Calls `emit` with the escaped UTF-8 bytes of `text`, without the surrounding quotes.
  static func escape(_ text: String, _ emit: (UInt8) -> Void) {
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        emit(UInt8(ascii: "\\"))
        emit(byte)
      case UInt8(ascii: "\n"):
        emit(UInt8(ascii: "\\"))
        emit(UInt8(ascii: "n"))
      case UInt8(ascii: "\r"):
        emit(UInt8(ascii: "\\"))
        emit(UInt8(ascii: "r"))
      case UInt8(ascii: "\t"):
        emit(UInt8(ascii: "\\"))
        emit(UInt8(ascii: "t"))
      case 0..<0x20, 0x7F:
        for escaped in "\\u00".utf8 { emit(escaped) }
        emit(hexDigits[Int(byte >> 4)])
        emit(hexDigits[Int(byte & 0xF)])
      default:
        emit(byte)
      }
    }
  }

  /// The escaped UTF-8 bytes of `text`, without the surrounding quotes.
  static func escaped(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    escape(text) { bytes.append($0) }
    return bytes
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
