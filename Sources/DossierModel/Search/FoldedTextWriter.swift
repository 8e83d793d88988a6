/// Writes text as folded words — lowercase (unless it preserves case), without diacritics,
/// one space between words — into a byte buffer, with the same rules as `TextFolding` (so
/// that query words, folded by `TextFolding`, compare byte for byte).
///
/// Bytes below 0x20 never occur in folded words, so callers use them as field markers.
struct FoldedTextWriter {
  private(set) var bytes: [UInt8] = []
  /// What each non-ASCII scalar folds to, looked up once: a flat table for the scalars
  /// below `tableLimit` (Latin, Greek, Cyrillic, …), a dictionary for the rest.
  private var foldedTable = [ScalarFold](repeating: .unknown, count: Self.tableLimit)
  private var foldedOthers: [UInt32: ScalarFold] = [:]
  /// The folded bytes of the scalars seen, one after another (`ScalarFold.bytes` ranges).
  private var foldedBytes: [UInt8] = []
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
  /// in place), other scalars through the cache. With `limit`, stops once the folded bytes
  /// number at least `limit`: folding only ever appends, so those first bytes are the
  /// whole text's.
  mutating func append(utf8: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) {
    var inWord = false
    var position = 0
    while position < utf8.count && bytes.count < limit {
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
      let fold = fold(of: scalar)
      if fold == .combiningMark { continue }
      if fold == .separator {
        if inWord { bytes.append(0x20) }
        inWord = false
        continue
      }
      for index in fold.bytes { bytes.append(foldedBytes[index]) }
      inWord = true
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

  /// True for ASCII letters and digits, the bytes of which ASCII words are made.
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
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
    if value < Self.tableLimit {
      let known = foldedTable[value]
      if known != .unknown { return known }
    } else if let known = foldedOthers[scalar.value] {
      return known
    }
    return learnFold(of: scalar)
  }

  /// Folds a scalar not seen before, from its Unicode properties, and keeps the result.
  /// Kept out of `fold(of:)`, whose quick path would otherwise set up the properties'
  /// (resilient) types at every call.
  @inline(never)
  private mutating func learnFold(of scalar: Unicode.Scalar) -> ScalarFold {
    let value = Int(scalar.value)
    let properties = scalar.properties
    let fold: ScalarFold
    if properties.generalCategory == .nonspacingMark {
      fold = .combiningMark
    } else if properties.isAlphabetic || properties.numericType != nil,
      case let folded = Array(TextFolding.fold(String(scalar), caseSensitive: preservesCase).utf8),
      !folded.isEmpty
    {
      fold = ScalarFold(bytesAt: foldedBytes.count, count: folded.count)
      foldedBytes += folded
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

/// What a non-ASCII scalar becomes in folded text, in one number (so that looking it up
/// copies no array): a combining mark, a separator, or a range of `foldedBytes`.
private struct ScalarFold: Equatable {
  private let code: UInt64

  private init(code: UInt64) {
    self.code = code
  }

  /// Not looked up yet.
  static let unknown = ScalarFold(code: 0)
  /// A combining mark: nothing, and the word goes on.
  static let combiningMark = ScalarFold(code: 1)
  /// Not part of a word: ends the word.
  static let separator = ScalarFold(code: 2)

  /// The `count` folded bytes (at least one) at `start` of `foldedBytes`, in a word.
  init(bytesAt start: Int, count: Int) {
    code = UInt64(start + 1) << 24 | UInt64(count)
  }

  /// Where its folded bytes are in `foldedBytes`.
  var bytes: Range<Int> {
    let start = Int(code >> 24) - 1
    return start..<start + Int(code & 0xFF_FFFF)
  }
}
