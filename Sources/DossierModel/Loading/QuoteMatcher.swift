import Foundation

/// Finds quotes in a source text, treating any run of whitespace as a single space so a
/// quote may span a line break. Compares UTF-8 bytes.
struct QuoteMatcher {
  private let normalizedText: [UInt8]

  init(text: String) {
    normalizedText = Self.normalize(text)
  }

  func contains(_ quote: String) -> Bool {
    let normalizedQuote = Self.normalize(quote)
    guard !normalizedQuote.isEmpty else { return false }
    return normalizedText.withUnsafeBytes { text in
      normalizedQuote.withUnsafeBytes { needle in
        Self.find(needle, in: text)
      }
    }
  }

  /// Whether `needle` occurs in `text`: memchr to each occurrence of its first byte, then
  /// memcmp.
  private static func find(_ needle: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer)
    -> Bool
  {
    guard let textStart = text.baseAddress, let needleStart = needle.baseAddress,
      needle.count <= text.count
    else { return false }
    let first = Int32(needle[0])
    var position = 0
    let lastStart = text.count - needle.count
    while position <= lastStart {
      guard let hit = memchr(textStart + position, first, lastStart - position + 1) else {
        return false
      }
      let offset = textStart.distance(to: UnsafeRawPointer(hit))
      if memcmp(hit, needleStart, needle.count) == 0 { return true }
      position = offset + 1
    }
    return false
  }

  /// The text's UTF-8 with each run of whitespace made one space, trimmed at both ends.
  private static func normalize(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(contentsOf: String(scalar).utf8)
    }
    return bytes
  }
}
