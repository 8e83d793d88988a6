/// Writes text as folded words — lowercase (unless it preserves case), without diacritics,
/// one space between words — into a byte buffer, with the same rules as `TextFolding` (so
/// that query words, folded by `TextFolding`, compare byte for byte).
///
/// Bytes below 0x20 never occur in folded words, so callers use them as field markers.
struct FoldedTextWriter {
  private(set) var bytes: [UInt8] = []
  /// What each non-ASCII scalar folds to, looked up once: a flat table for the scalars
  /// below `tableLimit` (Latin, Greek, Cyrillic, …), a dictionary for the rest.
  private var foldedTable = [ScalarFold?](repeating: nil, count: Self.tableLimit)
  private var foldedOthers: [UInt32: ScalarFold] = [:]
  private static let tableLimit = 0x3000
  /// True to keep capitals, for case-sensitive (smart case) searches.
  private let preservesCase: Bool

  init(reservingCapacity capacity: Int = 0, preservingCase: Bool = false) {
    bytes.reserveCapacity(capacity)
    preservesCase = preservingCase
  }

  /// Empties the buffer, keeping what it learned about scalars.
  mutating func clear() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends a field marker byte (below 0x20).
  mutating func mark(_ marker: UInt8) {
    bytes.append(marker)
  }

  /// Appends the folded words of `text`, each followed by a space.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in append(utf8: utf8) }
  }

  /// Folds UTF-8 bytes: runs of ASCII letters and digits copied at once (then lowercased
  /// in place), other scalars through the cache.
  mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
    var inWord = false
    var position = 0
    while position < utf8.count {
      let byte = utf8[position]
      if byte < 0x80 {
        guard Self.isASCIIWordByte(byte) else {
          position += 1
          if inWord { bytes.append(0x20) }
          inWord = false
          continue
        }
        let start = position
        var hasCapitals = false
        repeat {
          hasCapitals = hasCapitals || Self.isASCIICapital(utf8[position])
          position += 1
        } while position < utf8.count && Self.isASCIIWordByte(utf8[position])
        appendWordRun(UnsafeBufferPointer(rebasing: utf8[start..<position]), hasCapitals)
        inWord = true
        continue
      }
      let (scalar, length) = Self.decodeScalar(utf8, at: position)
      position += length
      switch fold(of: scalar) {
      case .combiningMark:
        continue
      case .separator:
        if inWord { bytes.append(0x20) }
        inWord = false
      case .bytes(let folded):
        bytes.append(contentsOf: folded)
        inWord = true
      }
    }
    if inWord { bytes.append(0x20) }
  }

  /// Appends a run of ASCII letters and digits, lowercased unless case is preserved.
  private mutating func appendWordRun(_ run: UnsafeBufferPointer<UInt8>, _ hasCapitals: Bool) {
    let first = bytes.count
    bytes.append(contentsOf: run)
    guard hasCapitals && !preservesCase else { return }
    bytes.withUnsafeMutableBufferPointer { buffer in
      for index in first..<buffer.count where Self.isASCIICapital(buffer[index]) {
        buffer[index] += 32
      }
    }
  }

  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  private static func isASCIICapital(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
  }

  /// The scalar starting at a lead byte of valid UTF-8 (as Swift strings always are).
  private static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> (
    Unicode.Scalar, Int
  ) {
    let lead = UInt32(utf8[position])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (0xFF >> UInt32(length + 1))
    for offset in 1..<length {
      value = value << 6 | UInt32(utf8[position + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  private mutating func fold(of scalar: Unicode.Scalar) -> ScalarFold {
    let value = Int(scalar.value)
    if value < Self.tableLimit, let known = foldedTable[value] { return known }
    if value >= Self.tableLimit, let known = foldedOthers[scalar.value] { return known }
    let properties = scalar.properties
    let fold: ScalarFold
    if properties.generalCategory == .nonspacingMark {
      fold = .combiningMark
    } else if properties.isAlphabetic || properties.numericType != nil,
      case let folded = Array(TextFolding.fold(String(scalar), caseSensitive: preservesCase).utf8),
      !folded.isEmpty
    {
      fold = .bytes(folded)
    } else {
      fold = .separator
    }
    if value < Self.tableLimit {
      foldedTable[value] = fold
    } else {
      foldedOthers[scalar.value] = fold
    }
    return fold
  }
}

/// What a non-ASCII scalar becomes in folded text.
private enum ScalarFold {
  /// A combining mark: nothing, and the word goes on.
  case combiningMark
  /// Not part of a word: ends the word.
  case separator
  /// These folded bytes, in a word.
  case bytes([UInt8])
}
