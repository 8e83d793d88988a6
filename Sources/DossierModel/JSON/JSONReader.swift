/// A strict RFC 8259 JSON pull reader: the caller asks for the next value, object member
/// or array element, and decodes only what it needs, with no tree in between.
///
/// It rejects what JSON rejects (trailing commas, comments, raw control characters in
/// strings, invalid UTF-8, lone surrogates) and limits nesting depth, so no input can
/// exhaust the stack. Every error carries the byte offset where it was noticed.
struct JSONReader {
  /// What a value is, judged from its first byte.
  enum Kind {
    case object, array, string, number, bool, null

    /// A short English name of the JSON type, for error messages.
    var name: String {
      switch self {
      case .null: "null"
      case .bool: "a boolean"
      case .number: "a number"
      case .string: "a string"
      case .array: "an array"
      case .object: "an object"
      }
    }
  }

  /// Where an object or array began and whether its first member has been read.
  struct Container {
    let open: Int
    var started = false
  }

  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 256

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position = 0
  private var depth = 0
  /// The strings with escapes, decoded (see `readText`); made at the first escape.
  private var unescaped: UnescapedBytes?

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// A reader that starts at `position`, inside `depth` open arrays and objects.
  init(bytes: UnsafeBufferPointer<UInt8>, resumingAt position: Int, depth: Int) {
    self.bytes = bytes
    self.position = position
    self.depth = depth
  }

  /// Skips a byte-order mark and whitespace, and checks there is a document.
  mutating func beginDocument() throws(JSONSyntaxError) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      position = 3
    }
    skipWhitespace()
    guard position < bytes.count else {
      throw JSONSyntaxError(offset: position, message: "the file is empty: expected a JSON object")
    }
  }

  /// Checks that only whitespace follows the document.
  mutating func endDocument() throws(JSONSyntaxError) {
    skipWhitespace()
    guard position == bytes.count else {
      throw error("unexpected \(describeCurrent()) after the end of the JSON document")
    }
  }

  /// The kind of the value at the current position (whitespace skipped), not consumed.
  mutating func peekKind() throws(JSONSyntaxError) -> Kind {
    skipWhitespace()
    guard let byte = peek() else {
      throw error("unexpected end of file: expected a value")
    }
    switch byte {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
    case UInt8(ascii: "n"): return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    default: throw error("unexpected \(describeCurrent()): expected a value")
    }
  }

  /// Reads `true` or `false`.
  mutating func readBool() throws(JSONSyntaxError) -> Bool {
    if peek() == UInt8(ascii: "t") {
      try expectLiteral("true")
      return true
    }
    try expectLiteral("false")
    return false
  }

  /// Reads `null`.
  mutating func readNull() throws(JSONSyntaxError) {
    try expectLiteral("null")
  }

  /// Reads and checks the value at the current position, whatever it is, and drops it.
  mutating func skipValue() throws(JSONSyntaxError) {
    switch try peekKind() {
    case .object:
      var object = try beginObject()
      while try nextMember(of: &object) != nil { try skipValue() }
    case .array:
      var array = try beginArray()
      while try nextElement(of: &array) { try skipValue() }
    case .string: try skipString()
    case .number: _ = try readNumber()
    case .bool: _ = try readBool()
    case .null: try readNull()
    }
  }

  /// Moves past the string at the current position, checking it.
  private mutating func skipString() throws(JSONSyntaxError) {
    let text = try readText()
    giveBack(text)
  }

  /// Consumes the `{` at the current position.
  mutating func beginObject() throws(JSONSyntaxError) -> Container {
    try enterContainer()
    let open = position
    position += 1
    return Container(open: open)
  }

  /// Moves to the object's next member and returns its key, leaving the reader at the
  /// member's value; nil (after consuming the `}`) when the object ends.
  mutating func nextMember(of object: inout Container) throws(JSONSyntaxError) -> (
    key: String, offset: Int
  )? {
    guard let (key, offset) = try nextMemberKey(of: &object) else { return nil }
    return (takeString(of: key), offset)
  }

  /// `nextMember(of:)`, with the key as bytes (valid until the next string is read).
  mutating func nextMemberKey(of object: inout Container) throws(JSONSyntaxError) -> (
    key: JSONText, offset: Int
  )? {
    skipWhitespace()
    if !object.started {
      object.started = true
      if peek() == UInt8(ascii: "}") {
        return closeContainer()
      }
    } else {
      switch peek() {
      case UInt8(ascii: ","):
        position += 1
        skipWhitespace()
      case UInt8(ascii: "}"):
        return closeContainer()
      case nil:
        throw unclosedObject(object)
      default:
        throw error("unexpected \(describeCurrent()): expected ',' or '}' in the object")
      }
    }
    guard peek() == UInt8(ascii: "\"") else {
      if position >= bytes.count { throw unclosedObject(object) }
      if peek() == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
      throw error("unexpected \(describeCurrent()): expected a quoted key")
    }
    let keyOffset = position
    let key = try readText()
    skipWhitespace()
    guard peek() == UInt8(ascii: ":") else {
      let name = string(of: key)
      throw error("unexpected \(describeCurrent()): expected ':' after the key \"\(name)\"")
    }
    position += 1
    skipWhitespace()
    return (key, keyOffset)
  }

  /// Consumes the `[` at the current position.
  mutating func beginArray() throws(JSONSyntaxError) -> Container {
    try enterContainer()
    let open = position
    position += 1
    return Container(open: open)
  }

  /// Moves to the array's next element, returning true with the reader at it, or false
  /// (after consuming the `]`) when the array ends.
  mutating func nextElement(of array: inout Container) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    if !array.started {
      array.started = true
      if peek() == UInt8(ascii: "]") {
        return closeContainer() != nil
      }
    } else {
      switch peek() {
      case UInt8(ascii: ","):
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
      case UInt8(ascii: "]"):
        return closeContainer() != nil
      case nil:
        throw unclosedArray(array)
      default:
        throw error("unexpected \(describeCurrent()): expected ',' or ']' in the array")
      }
    }
    if position >= bytes.count { throw unclosedArray(array) }
    return true
  }

  private mutating func enterContainer() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  /// Consumes the closing bracket; always nil, for `return` in member and element loops.
  private mutating func closeContainer() -> (key: JSONText, offset: Int)? {
    position += 1
    depth -= 1
    return nil
  }

  private func unclosedObject(_ object: Container) -> JSONSyntaxError {
    JSONSyntaxError(offset: object.open, message: "unclosed object: missing '}' for the '{' here")
  }

  private func unclosedArray(_ array: Container) -> JSONSyntaxError {
    JSONSyntaxError(offset: array.open, message: "unclosed array: missing ']' for the '[' here")
  }

  /// Reads the string at the current position.
  mutating func readString() throws(JSONSyntaxError) -> String {
    let text = try readText()
    return takeString(of: text)
  }

  /// The string of the text just read, whose decoded copy is then given back.
  private func takeString(of text: JSONText) -> String {
    defer { giveBack(text) }
    return string(of: text)
  }

  /// Forgets the decoded copy of the text just read, if it has one: a reader that makes
  /// strings or skips values keeps no copies.
  private func giveBack(_ text: JSONText) {
    if text.isUnescaped { unescaped?.removeAll(from: -1 - text.start) }
  }

  /// Reads the string at the current position as checked UTF-8 bytes, making no `String`:
  /// read them with `bytes(of:)` before the next string is read.
  mutating func readText() throws(JSONSyntaxError) -> JSONText {
    let open = position
    let contentStart = position + 1
    var index = contentStart
    let count = bytes.count
    let base = bytes.baseAddress!
    var highBits: UInt64 = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if Self.mayEndPlainRun(word) { break }
      highBits |= word
      index += 8
    }
    while index < count {
      let byte = base[index]
      if byte == UInt8(ascii: "\"") {
        position = index + 1
        let text = JSONText(start: contentStart, count: index - contentStart)
        if highBits & 0x8080_8080_8080_8080 != 0 {
          try checkUTF8(bytes(of: text), at: contentStart)
        }
        return text
      }
      if byte == UInt8(ascii: "\\") {
        position = index
        return try readEscapedText(open: open, contentStart: contentStart)
      }
      if byte < 0x20 {
        position = index
        throw error(controlCharacterMessage(byte))
      }
      highBits |= UInt64(byte)
      index += 1
    }
    throw JSONSyntaxError(offset: open, message: "unterminated string: missing closing '\"'")
  }

  /// The bytes of `text`, read by this reader: valid until the next string is read.
  func bytes(of text: JSONText) -> UnsafeBufferPointer<UInt8> {
    text.isUnescaped
      ? unescaped!.bytes(from: -1 - text.start, count: text.count)
      : UnsafeBufferPointer(rebasing: bytes[text.start..<text.start + text.count])
  }

  /// The string of `text`, read by this reader.
  func string(of text: JSONText) -> String {
    String(decoding: bytes(of: text), as: UTF8.self)
  }

  /// Lets go of the strings with escapes read so far (their texts must no longer be read),
  /// so that the copies do not pile up over a long file.
  func forgetUnescapedTexts() {
    unescaped?.removeAll()
  }

  /// Whether eight bytes of a string hold a quote, a backslash or a control character:
  /// the bytes that end a run of plain characters.
  private static func mayEndPlainRun(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
    let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
    let hasQuote = (quotes &- ones) & ~quotes
    let hasBackslash = (backslashes &- ones) & ~backslashes
    let hasControl = (word &- ones &* 0x20) & ~word
    return (hasQuote | hasBackslash | hasControl) & highBits != 0
  }

  /// Reads the rest of a string that has an escape at the current position, decoding it
  /// into `unescaped`.
  private mutating func readEscapedText(open: Int, contentStart: Int) throws(JSONSyntaxError)
    -> JSONText
  {
    let unescaped = unescaped ?? UnescapedBytes()
    self.unescaped = unescaped
    let copyStart = unescaped.count
    unescaped.append(UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        let text = JSONText(start: -1 - copyStart, count: unescaped.count - copyStart)
        try checkUTF8(bytes(of: text), at: contentStart)
        return text
      case UInt8(ascii: "\\"):
        try appendEscape(to: unescaped)
      case 0..<0x20:
        throw error(controlCharacterMessage(byte))
      default:
        unescaped.append(byte)
        position += 1
      }
    }
    throw JSONSyntaxError(offset: open, message: "unterminated string: missing closing '\"'")
  }

  private mutating func appendEscape(to unescaped: UnescapedBytes) throws(JSONSyntaxError) {
    let escapeStart = position
    position += 1
    guard let letter = peek() else {
      throw error("unterminated escape sequence")
    }
    position += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(letter)
    case UInt8(ascii: "b"): unescaped.append(0x08)
    case UInt8(ascii: "f"): unescaped.append(0x0C)
    case UInt8(ascii: "n"): unescaped.append(0x0A)
    case UInt8(ascii: "r"): unescaped.append(0x0D)
    case UInt8(ascii: "t"): unescaped.append(0x09)
    case UInt8(ascii: "u"):
      let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
      UTF8.encode(scalar) { unescaped.append($0) }
    default:
      throw JSONSyntaxError(
        offset: escapeStart,
        message: "invalid escape sequence '\\\(Character(Unicode.Scalar(letter)))'")
    }
  }

  private mutating func parseUnicodeEscape(escapeStart: Int) throws(JSONSyntaxError)
    -> Unicode.Scalar
  {
    let high = try parseHexQuad(escapeStart: escapeStart)
    if (0xD800...0xDBFF).contains(high) {
      let lowStart = position
      guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count,
        bytes[position + 1] == UInt8(ascii: "u")
      else {
        throw JSONSyntaxError(offset: escapeStart, message: "lone surrogate in \\u escape")
      }
      position += 2
      let low = try parseHexQuad(escapeStart: lowStart)
      guard (0xDC00...0xDFFF).contains(low) else {
        throw JSONSyntaxError(offset: escapeStart, message: "lone surrogate in \\u escape")
      }
      let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      return Unicode.Scalar(combined)!
    }
    guard let scalar = Unicode.Scalar(high) else {
      throw JSONSyntaxError(offset: escapeStart, message: "lone surrogate in \\u escape")
    }
    return scalar
  }

  private mutating func parseHexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count else {
      throw JSONSyntaxError(offset: escapeStart, message: "\\u escape needs four hex digits")
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw JSONSyntaxError(offset: escapeStart, message: "\\u escape needs four hex digits")
      }
      value = value * 16 + UInt32(digit)
      position += 1
    }
    return value
  }

  private func checkUTF8(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int)
    throws(JSONSyntaxError)
  {
    guard UTF8Validation.isValid(slice) else {
      throw JSONSyntaxError(offset: offset, message: "string is not valid UTF-8")
    }
  }

  mutating func readNumber() throws(JSONSyntaxError) -> String {
    let start = position
    if peek() == UInt8(ascii: "-") { position += 1 }
    guard let first = peek(), isDigit(first) else {
      throw error("invalid number: expected a digit")
    }
    position += 1
    if first != UInt8(ascii: "0") {
      skipDigits()
    }
    if peek() == UInt8(ascii: ".") {
      position += 1
      guard let next = peek(), isDigit(next) else {
        throw error("invalid number: expected a digit after '.'")
      }
      skipDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      position += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
      guard let next = peek(), isDigit(next) else {
        throw error("invalid number: expected a digit in the exponent")
      }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = position
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    for byte in expected {
      guard peek() == byte else {
        position = start
        throw error("unexpected \(describeCurrent()): expected a value")
      }
      position += 1
    }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func skipDigits() {
    while let byte = peek(), isDigit(byte) { position += 1 }
  }

  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  func peek() -> UInt8? {
    position < bytes.count ? bytes[position] : nil
  }

  func describeCurrent() -> String {
    guard let byte = peek() else { return "end of file" }
    if byte >= 0x21 && byte < 0x7F {
      return "character '\(Character(Unicode.Scalar(byte)))'"
    }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private func controlCharacterMessage(_ byte: UInt8) -> String {
    byte == 0x0A
      ? "unterminated string: line break inside a string (write \\n)"
      : "control character U+\(hex4(byte)) inside a string must be escaped"
  }

  private func hex4(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }

  func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: position, message: message)
  }
}
