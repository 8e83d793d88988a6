import CSubstring
import FoundationEssentials

/// Finds quotes in a source text, treating any run of whitespace as a single space so a
/// quote may span a line break. Compares UTF-8 bytes.
struct QuoteMatcher {
  private let normalizedText: [UInt8]

  init(text: String) {
    normalizedText = Self.normalize(text)
  }

  func contains(_ quote: String) -> Bool {
    var quote = quote
    return quote.withUTF8(contains(utf8:))
  }

  /// `contains` of a quote given as its UTF-8 bytes.
  func contains(utf8 quote: UnsafeBufferPointer<UInt8>) -> Bool {
    let normalizedQuote = Self.normalize(quote)
    guard !normalizedQuote.isEmpty else { return false }
    return normalizedText.withUnsafeBytes { text in
      normalizedQuote.withUnsafeBytes { needle in
        Self.find(needle, in: text)
      }
    }
  }

  /// Whether `needle` occurs in `text`: glibc's memmem, in time linear in both (the
  /// two-way algorithm), where a first byte then a compare at each of its occurrences was
  /// quadratic (a 500k quote in a 1 MB text took 7 s).
  private static func find(_ needle: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer)
    -> Bool
  {
    guard let textStart = text.baseAddress, let needleStart = needle.baseAddress,
      needle.count <= text.count
    else { return false }
    return dossier_find_bytes(textStart, text.count, needleStart, needle.count) != nil
  }

  /// The text's UTF-8 with each run of whitespace (Unicode's White_Space) made one space,
  /// trimmed at both ends. ASCII bytes are judged at once; other scalars by their
  /// properties.
  private static func normalize(_ text: String) -> [UInt8] {
    var text = text
    return text.withUTF8(normalize)
  }

  /// `normalize` of a text given as its (valid) UTF-8 bytes.
  private static func normalize(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var pendingSpace = false
    var position = 0
    while position < utf8.count {
      let byte = utf8[position]
      let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
      let end = min(position + length, utf8.count)
      let isWhitespace =
        byte < 0x80
        ? byte == 0x20 || (0x09...0x0D).contains(byte)
        : isWhitespaceScalar(UnsafeBufferPointer(rebasing: utf8[position..<end]))
      if isWhitespace {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace {
          bytes.append(0x20)
          pendingSpace = false
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[position..<end]))
      }
      position = end
    }
    return bytes
  }

  /// Whether the scalar encoded by `utf8` (one non-ASCII scalar) is white space.
  private static func isWhitespaceScalar(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var decoder = UTF8()
    var iterator = utf8.makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    return scalar.properties.isWhitespace
  }
}
