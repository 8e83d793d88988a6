import Testing

@testable import DossierModel

/// The syntax error `JSONParser` throws for `bytes`, or nil (after recording an issue) when
/// it parses.
private func syntaxError(
  bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
) -> JSONSyntaxError? {
  do {
    _ = try JSONParser.parse(bytes)
    Issue.record("expected a syntax error", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

private func syntaxError(
  _ text: String, sourceLocation: SourceLocation = #_sourceLocation
) -> JSONSyntaxError? {
  syntaxError(bytes: Array(text.utf8), sourceLocation: sourceLocation)
}

private func parse(_ text: String) throws -> JSONValue {
  try JSONParser.parse(Array(text.utf8))
}

private func members(_ value: JSONValue) -> [JSONMember] {
  guard case .object(let members) = value.content else { return [] }
  return members
}

private func elements(_ value: JSONValue) -> [JSONValue] {
  guard case .array(let elements) = value.content else { return [] }
  return elements
}

private func stringValue(_ value: JSONValue) -> String? {
  guard case .string(let text) = value.content else { return nil }
  return text
}

@Suite struct JSONParserValidInputTests {
  @Test func parsesEveryKindOfValueWithOffsets() throws {
    let text = #"{"a": [1, "x", true, false, null], "b": {"c": -1.5e3}}"#
    let root = try parse(text)
    #expect(root.offset == 0)
    #expect(root.typeName == "an object")
    let top = members(root)
    #expect(top.map(\.key) == ["a", "b"])
    #expect(top.map(\.keyOffset) == [1, 35])

    let array = elements(top[0].value)
    #expect(top[0].value.offset == 6)
    #expect(array.map(\.offset) == [7, 10, 15, 21, 28])
    #expect(array.map(\.typeName) == ["a number", "a string", "a boolean", "a boolean", "null"])
    guard case .number(let one) = array[0].content else {
      Issue.record("expected a number")
      return
    }
    #expect(one == "1")
    #expect(stringValue(array[1]) == "x")
    guard case .bool(true) = array[2].content, case .bool(false) = array[3].content,
      case .null = array[4].content
    else {
      Issue.record("expected true, false, null")
      return
    }

    let inner = members(top[1].value)
    #expect(top[1].value.offset == 40)
    #expect(inner.map(\.key) == ["c"])
    #expect(inner[0].keyOffset == 41)
    #expect(inner[0].value.offset == 46)
    guard case .number(let number) = inner[0].value.content else {
      Issue.record("expected a number")
      return
    }
    #expect(number == "-1.5e3", "numbers are kept exactly as written")
  }

  @Test func keepsDuplicateKeysInOrder() throws {
    let root = try parse(#"{"k": 1, "k": 2}"#)
    #expect(members(root).map(\.key) == ["k", "k"])
    #expect(members(root).map(\.keyOffset) == [1, 9])
  }

  @Test func decodesEscapes() throws {
    let root = try parse(#"["\"\\\/\b\f\n\r\t\u00e9\u00C9\uD83D\uDE00", "plain \u0041"]"#)
    let strings = elements(root).compactMap(stringValue)
    #expect(strings == ["\"\\/\u{8}\u{C}\n\r\té\u{C9}😀", "plain A"])
  }

  @Test func acceptsRawMultiByteUTF8() throws {
    let root = try parse(#"{"name": "Zhanatás – 风电"}"#)
    #expect(members(root).first.flatMap { stringValue($0.value) } == "Zhanatás – 风电")
  }

  @Test func skipsByteOrderMarkAndWhitespace() throws {
    let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(" \t\r\n{}\n".utf8))
    #expect(root.offset == 7)
    #expect(members(root).isEmpty)
  }

  @Test func acceptsScalarDocuments() throws {
    #expect(stringValue(try parse(#""text""#)) == "text")
    guard case .number(let number) = try parse(" 0 ").content else {
      Issue.record("expected a number")
      return
    }
    #expect(number == "0")
  }

  @Test(arguments: ["0", "-0", "12", "-3.25", "1e9", "1E+2", "2.5e-3", "0.0"])
  func acceptsNumbers(_ text: String) throws {
    guard case .number(let number) = try parse("[\(text)]").content.firstElement else {
      Issue.record("expected a number")
      return
    }
    #expect(number == text)
  }

  @Test func acceptsExactlyMaximumDepth() throws {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    var value = try parse(text)
    var levels = 1
    while let inner = elements(value).first {
      value = inner
      levels += 1
    }
    #expect(levels == depth)
  }
}

extension JSONValue.Content {
  fileprivate var firstElement: JSONValue.Content? {
    guard case .array(let elements) = self else { return nil }
    return elements.first?.content
  }
}

@Suite struct JSONParserErrorTests {
  private func expectError(
    _ text: String, offset: Int, _ message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let error = syntaxError(text, sourceLocation: sourceLocation)
    #expect(
      error == JSONSyntaxError(offset: offset, message: message), sourceLocation: sourceLocation)
  }

  @Test func emptyInput() {
    expectError("", offset: 0, "the file is empty: expected a JSON object")
    expectError("  \n ", offset: 4, "the file is empty: expected a JSON object")
    #expect(
      syntaxError(bytes: [0xEF, 0xBB, 0xBF])
        == JSONSyntaxError(offset: 3, message: "the file is empty: expected a JSON object"))
  }

  @Test func unclosedContainersPointAtTheirOpening() {
    expectError(#"{"a": 1"#, offset: 0, "unclosed object: missing '}' for the '{' here")
    expectError(#"  {"a": 1,"#, offset: 2, "unclosed object: missing '}' for the '{' here")
    expectError("{", offset: 0, "unclosed object: missing '}' for the '{' here")
    expectError("[1, 2", offset: 0, "unclosed array: missing ']' for the '[' here")
    expectError("[1, [2, 3]", offset: 0, "unclosed array: missing ']' for the '[' here")
    expectError("[1,", offset: 0, "unclosed array: missing ']' for the '[' here")
    expectError(
      #"{"a": [1}"#, offset: 8, "unexpected character '}': expected ',' or ']' in the array")
    expectError(#"{"a": "#, offset: 6, "unexpected end of file: expected a value")
    expectError(#"{"a""#, offset: 4, "unexpected end of file: expected ':' after the key \"a\"")
  }

  @Test func trailingCommas() {
    expectError("[1, 2,]", offset: 6, "trailing comma before ']'")
    expectError("[1, 2, \n ]", offset: 9, "trailing comma before ']'")
    expectError(#"{"a": 1,}"#, offset: 8, "trailing comma before '}'")
    expectError("{\"a\": 1,\n}", offset: 9, "trailing comma before '}'")
  }

  @Test func strayAndMissingPunctuation() {
    expectError("{} x", offset: 3, "unexpected character 'x' after the end of the JSON document")
    expectError("[1] [2]", offset: 4, "unexpected character '[' after the end of the JSON document")
    expectError(
      #"{"a" 1}"#, offset: 5, "unexpected character '1': expected ':' after the key \"a\"")
    expectError(
      #"{"a": 1 "b": 2}"#, offset: 8,
      "unexpected character '\"': expected ',' or '}' in the object")
    expectError("{a: 1}", offset: 1, "unexpected character 'a': expected a quoted key")
    expectError("[1 2]", offset: 3, "unexpected character '2': expected ',' or ']' in the array")
    expectError("[,1]", offset: 1, "unexpected character ',': expected a value")
    expectError("// comment\n{}", offset: 0, "unexpected character '/': expected a value")
    expectError("[tru]", offset: 1, "unexpected character 't': expected a value")
    expectError("[nul", offset: 1, "unexpected character 'n': expected a value")
    expectError("[True]", offset: 1, "unexpected character 'T': expected a value")
    expectError("['x']", offset: 1, "unexpected character ''': expected a value")
  }

  @Test func invalidNumbers() {
    expectError("[-]", offset: 2, "invalid number: expected a digit")
    expectError("[-x]", offset: 2, "invalid number: expected a digit")
    expectError("[1.]", offset: 3, "invalid number: expected a digit after '.'")
    expectError("[1e]", offset: 3, "invalid number: expected a digit in the exponent")
    expectError("[1e+]", offset: 4, "invalid number: expected a digit in the exponent")
    expectError("[01]", offset: 2, "unexpected character '1': expected ',' or ']' in the array")
    expectError("[+1]", offset: 1, "unexpected character '+': expected a value")
    expectError("[.5]", offset: 1, "unexpected character '.': expected a value")
  }

  @Test func unterminatedStrings() {
    expectError(#"["abc"#, offset: 1, "unterminated string: missing closing '\"'")
    expectError(#"["a\"bc"#, offset: 1, "unterminated string: missing closing '\"'")
    expectError(
      "{\"a\": \"abc\n}", offset: 10,
      "unterminated string: line break inside a string (write \\n)")
    expectError(
      "[\"a\\n\nb\"]", offset: 5, "unterminated string: line break inside a string (write \\n)")
  }

  @Test func controlCharactersInStrings() {
    expectError("[\"a\tb\"]", offset: 3, "control character U+0009 inside a string must be escaped")
    expectError(
      "[\"\u{1B}[31m\"]", offset: 2, "control character U+001B inside a string must be escaped")
    expectError(
      "[\"\\t\u{0}\"]", offset: 4, "control character U+0000 inside a string must be escaped")
  }

  @Test func invalidEscapes() {
    expectError(#"["a\x"]"#, offset: 3, "invalid escape sequence '\\x'")
    expectError(#"["\'"]"#, offset: 2, "invalid escape sequence '\\''")
    expectError(#"["\u12"]"#, offset: 2, "\\u escape needs four hex digits")
    expectError(#"["\u12G4"]"#, offset: 2, "\\u escape needs four hex digits")
    expectError(#"["\u1"#, offset: 2, "\\u escape needs four hex digits")
    expectError(#"["\"#, offset: 3, "unterminated escape sequence")
    expectError(#"["\uD800"]"#, offset: 2, "lone surrogate in \\u escape")
    expectError(#"["\uDC00"]"#, offset: 2, "lone surrogate in \\u escape")
    expectError(#"["x\uD83D\u0041"]"#, offset: 3, "lone surrogate in \\u escape")
    expectError(#"["\uD83D\u12"]"#, offset: 8, "\\u escape needs four hex digits")
  }

  @Test func invalidUTF8() {
    // Invalid bytes inside a string are reported at the string's first content byte.
    let cases: [[UInt8]] = [
      [0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ]
    for bad in cases {
      let bytes = Array(#"["ab"#.utf8) + bad + Array(#"", "c"]"#.utf8)
      #expect(
        syntaxError(bytes: bytes)
          == JSONSyntaxError(offset: 2, message: "string is not valid UTF-8"), "bytes \(bad)")
    }
    // Also after an escape, and in keys.
    #expect(
      syntaxError(bytes: Array(#"["\n"#.utf8) + [0xFE] + Array(#""]"#.utf8))
        == JSONSyntaxError(offset: 2, message: "string is not valid UTF-8"))
    #expect(
      syntaxError(bytes: Array(#"{"k"#.utf8) + [0xFF] + Array(#"": 1}"#.utf8))
        == JSONSyntaxError(offset: 2, message: "string is not valid UTF-8"))
    // Outside strings, a stray byte is named in hexadecimal.
    #expect(
      syntaxError(bytes: Array("[".utf8) + [0xC3, 0xA9] + Array("]".utf8))
        == JSONSyntaxError(offset: 1, message: "unexpected byte 0xC3: expected a value"))
    #expect(
      syntaxError(bytes: Array("{}".utf8) + [0x00])
        == JSONSyntaxError(
          offset: 2, message: "unexpected byte 0x0 after the end of the JSON document"))
  }

  @Test func nestingTooDeep() {
    let depth = JSONParser.maximumDepth
    let arrays = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
    expectError(arrays, offset: depth, "nesting deeper than 256 levels")

    // Objects count too; the culprit is the first container beyond the limit.
    let objects =
      String(repeating: #"{"a":"#, count: depth + 1) + "1"
      + String(repeating: "}", count: depth + 1)
    expectError(objects, offset: 5 * depth, "nesting deeper than 256 levels")

    // A huge input of openers fails quickly at the limit instead of exhausting the stack.
    expectError(
      String(repeating: "[", count: 100_000), offset: depth, "nesting deeper than 256 levels")
  }
}

@Suite struct SourceLocatorTests {
  @Test func linesAndColumnsCountCharactersNotBytes() {
    let locator = SourceLocator(bytes: Array("ab\ncé\nx".utf8))
    let expected: [(Int, Int, Int)] = [
      (0, 1, 1), (1, 1, 2), (2, 1, 3), (3, 2, 1), (4, 2, 2), (6, 2, 3), (7, 3, 1), (8, 3, 2),
    ]
    for (offset, line, column) in expected {
      let location = locator.location(of: offset)
      #expect(location.line == line && location.column == column, "offset \(offset)")
    }
  }

  @Test func clampsOffsetsOutsideTheText() {
    let locator = SourceLocator(bytes: Array("ab\ncd".utf8))
    #expect(locator.location(of: -5) == (1, 1))
    #expect(locator.location(of: 500) == (2, 3))
    #expect(SourceLocator(bytes: []).location(of: 0) == (1, 1))
  }

  @Test func emptyLinesAndTrailingNewline() {
    let locator = SourceLocator(bytes: Array("\n\n風\n".utf8))
    #expect(locator.location(of: 0) == (1, 1))
    #expect(locator.location(of: 1) == (2, 1))
    #expect(locator.location(of: 2) == (3, 1))
    #expect(locator.location(of: 5) == (3, 2))
    #expect(locator.location(of: 6) == (4, 1))
  }
}
