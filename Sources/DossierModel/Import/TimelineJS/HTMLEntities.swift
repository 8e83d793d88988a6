/// HTML character references (`&amp;`, `&#39;`, `&#x2014;`) decoded to UTF-8.
enum HTMLEntities {
  /// The longest reference looked at, `&` and `;` included; longer runs are plain text.
  static let longestReference = 34

  /// Decodes the character reference starting at `bytes[start]` (an `&`): the decoded
  /// bytes and the index just after the reference, or nil when it is not a known
  /// reference (the `&` is then plain text). Looks at no more than `longestReference`
  /// bytes, so decoding a text stays linear.
  static func decode(_ bytes: [UInt8], at start: Int) -> (decoded: [UInt8], end: Int)? {
    let limit = min(bytes.count, start + longestReference)
    var index = start + 1
    while index < limit, bytes[index] != UInt8(ascii: ";") {
      guard isReferenceByte(bytes[index]) else { return nil }
      index += 1
    }
    guard index < limit, index > start + 1 else { return nil }
    let name = bytes[(start + 1)..<index]
    let end = index + 1
    if name.first == UInt8(ascii: "#") {
      return numeric(name.dropFirst()).map { (Array(String($0).utf8), end) }
    }
    return named[String(decoding: name, as: UTF8.self)].map { (Array($0.utf8), end) }
  }

  private static func isReferenceByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "#"):
      true
    default: false
    }
  }

  /// `39` or `x27`: the character, U+FFFD when the number names none.
  private static func numeric(_ digits: ArraySlice<UInt8>) -> Character? {
    var text = digits
    var radix: UInt32 = 10
    if let first = text.first, first == UInt8(ascii: "x") || first == UInt8(ascii: "X") {
      radix = 16
      text = text.dropFirst()
    }
    guard !text.isEmpty else { return nil }
    var value: UInt32 = 0
    for byte in text {
      guard let digit = hexDigitValue(byte), digit < radix else { return nil }
      value = min(value * radix + digit, 0x11_0000)
    }
    guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
    return Character(scalar)
  }

  private static func hexDigitValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// The named references editors commonly write. `&nbsp;` becomes a plain space, so it
  /// collapses with the whitespace around it.
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
    "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹",
    "rsaquo": "›", "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™",
    "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼",
    "frac34": "¾", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§",
    "para": "¶", "shy": "\u{AD}", "iexcl": "¡", "iquest": "¿", "ensp": "\u{2002}",
    "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "prime": "′", "Prime": "″",
    "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "yacute": "ý",
    "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Yacute": "Ý",
    "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù",
    "Agrave": "À", "Egrave": "È", "Igrave": "Ì", "Ograve": "Ò", "Ugrave": "Ù",
    "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
    "Acirc": "Â", "Ecirc": "Ê", "Icirc": "Î", "Ocirc": "Ô", "Ucirc": "Û",
    "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "yuml": "ÿ",
    "Auml": "Ä", "Euml": "Ë", "Iuml": "Ï", "Ouml": "Ö", "Uuml": "Ü",
    "atilde": "ã", "otilde": "õ", "ntilde": "ñ", "Atilde": "Ã", "Otilde": "Õ", "Ntilde": "Ñ",
    "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø",
    "ccedil": "ç", "Ccedil": "Ç", "szlig": "ß", "oelig": "œ", "OElig": "Œ",
  ]
}
