/// A strict RFC 8259 JSON parser that records the byte offset of every value.
///
/// It rejects what JSON rejects (trailing commas, comments, raw control characters in
/// strings, invalid UTF-8, lone surrogates) and limits nesting depth, so no input can
/// exhaust the stack.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 256

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var depth = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Parses one JSON document that must span the whole input (whitespace aside).
  public static func parse(_ input: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let result: Result<JSONValue, JSONSyntaxError> = input.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer)
      return Result { () throws(JSONSyntaxError) -> JSONValue in
        try parser.parseDocument()
      }
    }
    return try result.get()
  }

  private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      position = 3
    }
    skipWhitespace()
    guard position < bytes.count else {
      throw JSONSyntaxError(offset: position, message: "the file is empty: expected a JSON object")
    }
    let value = try parseValue()
    skipWhitespace()
    guard position == bytes.count else {
      throw error("unexpected \(describeCurrent()) after the end of the JSON document")
    }
    return value
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard position < bytes.count else {
      throw error("unexpected end of file: expected a value")
    }
    let start = position
    switch bytes[position] {
    case UInt8(ascii: "{"): return JSONValue(content: try parseObject(), offset: start)
    case UInt8(ascii: "["): return JSONValue(content: try parseArray(), offset: start)
    case UInt8(ascii: "\""): return JSONValue(content: .string(try parseString()), offset: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONValue(content: .bool(true), offset: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONValue(content: .bool(false), offset: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONValue(content: .null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(content: .number(try parseNumber()), offset: start)
    default:
      throw error("unexpected \(describeCurrent()): expected a value")
    }
  }

  private mutating func enterContainer() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue.Content {
    try enterContainer()
    defer { depth -= 1 }
    let open = position
    position += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else {
        if position >= bytes.count {
          throw JSONSyntaxError(
            offset: open, message: "unclosed object: missing '}' for the '{' here")
        }
        if peek() == UInt8(ascii: "}") {
          throw error("trailing comma before '}'")
        }
        throw error("unexpected \(describeCurrent()): expected a quoted key")
      }
      let keyOffset = position
      let key = try parseString()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else {
        throw error("unexpected \(describeCurrent()): expected ':' after the key \"\(key)\"")
      }
      position += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        position += 1
      case UInt8(ascii: "}"):
        position += 1
        return .object(members)
      case nil:
        throw JSONSyntaxError(
          offset: open, message: "unclosed object: missing '}' for the '{' here")
      default:
        throw error("unexpected \(describeCurrent()): expected ',' or '}' in the object")
      }
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue.Content {
    try enterContainer()
    defer { depth -= 1 }
    let open = position
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      if position >= bytes.count {
        throw JSONSyntaxError(offset: open, message: "unclosed array: missing ']' for the '[' here")
      }
      if peek() == UInt8(ascii: "]") {
        throw error("trailing comma before ']'")
      }
      elements.append(try parseValue())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        position += 1
      case UInt8(ascii: "]"):
        position += 1
        return .array(elements)
      case nil:
        throw JSONSyntaxError(offset: open, message: "unclosed array: missing ']' for the '[' here")
      default:
        throw error("unexpected \(describeCurrent()): expected ',' or ']' in the array")
      }
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let open = position
    position += 1
    let contentStart = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
        position += 1
        return try decodeUTF8(slice, at: contentStart)
      }
      if byte == UInt8(ascii: "\\") {
        return try parseEscapedString(open: open, contentStart: contentStart)
      }
      if byte < 0x20 {
        throw error(controlCharacterMessage(byte))
      }
      position += 1
    }
    throw JSONSyntaxError(offset: open, message: "unterminated string: missing closing '\"'")
  }

  private mutating func parseEscapedString(open: Int, contentStart: Int) throws(JSONSyntaxError)
    -> String
  {
    var decoded: [UInt8] = Array(bytes[contentStart..<position])
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return try decoded.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
          try decodeUTF8(buffer, at: contentStart)
        }
      case UInt8(ascii: "\\"):
        try appendEscape(to: &decoded)
      case 0..<0x20:
        throw error(controlCharacterMessage(byte))
      default:
        decoded.append(byte)
        position += 1
      }
    }
    throw JSONSyntaxError(offset: open, message: "unterminated string: missing closing '\"'")
  }

  private mutating func appendEscape(to decoded: inout [UInt8]) throws(JSONSyntaxError) {
    let escapeStart = position
    position += 1
    guard let letter = peek() else {
      throw error("unterminated escape sequence")
    }
    position += 1
    switch letter {
    case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): decoded.append(0x08)
    case UInt8(ascii: "f"): decoded.append(0x0C)
    case UInt8(ascii: "n"): decoded.append(0x0A)
    case UInt8(ascii: "r"): decoded.append(0x0D)
    case UInt8(ascii: "t"): decoded.append(0x09)
    case UInt8(ascii: "u"):
      let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
      decoded.append(contentsOf: Array(String(Character(scalar)).utf8))
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

  private func decodeUTF8(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int)
    throws(JSONSyntaxError) -> String
  {
    guard let string = String(validating: slice, as: UTF8.self) else {
      throw JSONSyntaxError(offset: offset, message: "string is not valid UTF-8")
    }
    return string
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
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

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
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

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private func peek() -> UInt8? {
    position < bytes.count ? bytes[position] : nil
  }

  private func describeCurrent() -> String {
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

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: position, message: message)
  }
}
