import Testing

@testable import DossierModel

/// A JSON value as the generator wrote it, with the byte offset where it starts.
private struct ExpectedValue {
  indirect enum Shape {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([ExpectedValue])
    case object([(key: String, keyOffset: Int, value: ExpectedValue)])
  }

  let shape: Shape
  let offset: Int
}

/// Writes random JSON documents, remembering what each value is and where it starts.
private struct DocumentWriter {
  var random: SeededGenerator
  var bytes: [UInt8] = []

  mutating func whitespace() {
    let choices: [String] = ["", "", " ", "\n", "\t", "\r\n  "]
    bytes += Array(choices.randomElement(using: &random)!.utf8)
  }

  mutating func value(depth: Int) -> ExpectedValue {
    let offset = bytes.count
    let choice =
      depth > 4 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<6, using: &random)
    switch choice {
    case 0:
      bytes += Array("null".utf8)
      return ExpectedValue(shape: .null, offset: offset)
    case 1:
      let flag = Bool.random(using: &random)
      bytes += Array(String(flag).utf8)
      return ExpectedValue(shape: .bool(flag), offset: offset)
    case 2:
      let number = randomNumber()
      bytes += Array(number.utf8)
      return ExpectedValue(shape: .number(number), offset: offset)
    case 3:
      return ExpectedValue(shape: .string(string()), offset: offset)
    case 4:
      bytes.append(UInt8(ascii: "["))
      var elements: [ExpectedValue] = []
      let count = Int.random(in: 0..<5, using: &random)
      whitespace()
      for index in 0..<count {
        if index > 0 {
          bytes.append(UInt8(ascii: ","))
          whitespace()
        }
        elements.append(value(depth: depth + 1))
        whitespace()
      }
      bytes.append(UInt8(ascii: "]"))
      return ExpectedValue(shape: .array(elements), offset: offset)
    default:
      bytes.append(UInt8(ascii: "{"))
      var members: [(key: String, keyOffset: Int, value: ExpectedValue)] = []
      let count = Int.random(in: 0..<5, using: &random)
      whitespace()
      for index in 0..<count {
        if index > 0 {
          bytes.append(UInt8(ascii: ","))
          whitespace()
        }
        let keyOffset = bytes.count
        let key = string()
        whitespace()
        bytes.append(UInt8(ascii: ":"))
        whitespace()
        members.append((key, keyOffset, value(depth: depth + 1)))
        whitespace()
      }
      bytes.append(UInt8(ascii: "}"))
      return ExpectedValue(shape: .object(members), offset: offset)
    }
  }

  private mutating func randomNumber() -> String {
    var text = Bool.random(using: &random) ? "-" : ""
    text += Bool.random(using: &random) ? "0" : String(Int.random(in: 1...99_999, using: &random))
    if Bool.random(using: &random) { text += "." + String(Int.random(in: 0...999, using: &random)) }
    if Int.random(in: 0..<4, using: &random) == 0 {
      text += ["e", "E", "e+", "e-"].randomElement(using: &random)!
      text += String(Int.random(in: 0...30, using: &random))
    }
    return text
  }

  /// Writes a string literal mixing raw characters and escapes; returns the decoded text.
  private mutating func string() -> String {
    let pieces: [(raw: String, decoded: String)] = [
      ("a", "a"), ("Z", "Z"), (" ", " "), ("é", "é"), ("风", "风"), ("😀", "😀"),
      ("\\\"", "\""), ("\\\\", "\\"), ("\\/", "/"), ("\\n", "\n"), ("\\t", "\t"),
      ("\\u00e9", "é"), ("\\u0041", "A"), ("\\uD83D\\uDE00", "😀"), ("\\u001b", "\u{1B}"),
    ]
    var decoded = ""
    bytes.append(UInt8(ascii: "\""))
    for _ in 0..<Int.random(in: 0..<8, using: &random) {
      let piece = pieces.randomElement(using: &random)!
      bytes += Array(piece.raw.utf8)
      decoded += piece.decoded
    }
    bytes.append(UInt8(ascii: "\""))
    return decoded
  }
}

/// Compares a parsed value with what the generator wrote, recording any difference.
private func check(_ actual: JSONValue, _ expected: ExpectedValue, path: String = "$") {
  #expect(actual.offset == expected.offset, "offset of \(path)")
  switch (actual.content, expected.shape) {
  case (.null, .null): break
  case (.bool(let left), .bool(let right)): #expect(left == right, "\(path)")
  case (.number(let left), .number(let right)): #expect(left == right, "\(path)")
  case (.string(let left), .string(let right)):
    #expect(Array(left.unicodeScalars) == Array(right.unicodeScalars), "\(path)")
  case (.array(let left), .array(let right)):
    #expect(left.count == right.count, "\(path) count")
    for (index, (element, expectedElement)) in zip(left, right).enumerated() {
      check(element, expectedElement, path: "\(path)[\(index)]")
    }
  case (.object(let left), .object(let right)):
    #expect(left.count == right.count, "\(path) count")
    for (member, expectedMember) in zip(left, right) {
      #expect(
        Array(member.key.unicodeScalars) == Array(expectedMember.key.unicodeScalars), "\(path) key")
      #expect(member.keyOffset == expectedMember.keyOffset, "\(path) key offset")
      check(member.value, expectedMember.value, path: "\(path).\(expectedMember.key)")
    }
  default:
    Issue.record("\(path): parsed \(actual.typeName), expected \(expected.shape)")
  }
}

@Suite struct JSONParserFuzzTests {
  @Test func randomDocumentsRoundTripWithOffsets() throws {
    var writer = DocumentWriter(random: SeededGenerator(seed: 2013))
    for _ in 0..<500 {
      writer.bytes = []
      writer.whitespace()
      let expected = writer.value(depth: 0)
      writer.whitespace()
      let parsed = try JSONParser.parse(writer.bytes)
      check(parsed, expected)
    }
  }

  /// Thousands of random byte strings, biased towards JSON's own characters: the parser
  /// either returns a value or throws an error located inside the input.
  @Test func randomBytesNeverCrashTheParser() {
    var random = SeededGenerator(seed: 41)
    let alphabet = Array("{}[]:,\"\\ \n\t0123456789-+.eEtrufalsn/ubx".utf8)
    var parsedCount = 0
    for round in 0..<4000 {
      let length = Int.random(in: 0...(round % 3 == 0 ? 200 : 24), using: &random)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        if Int.random(in: 0..<8, using: &random) == 0 {
          bytes.append(UInt8.random(in: 0...255, using: &random))
        } else {
          bytes.append(alphabet.randomElement(using: &random)!)
        }
      }
      do {
        let value = try JSONParser.parse(bytes)
        #expect(value.offset >= 0 && value.offset < bytes.count)
        parsedCount += 1
      } catch {
        #expect(error.offset >= 0 && error.offset <= bytes.count, "input \(bytes)")
        #expect(!error.message.isEmpty)
      }
    }
    // Short inputs of JSON characters do parse sometimes (a lone digit, "[]", ...).
    #expect(parsedCount > 0)
  }

  /// Valid documents with one byte changed or removed: never a crash, errors stay in range.
  @Test func mutatedValidDocumentsNeverCrashTheParser() {
    var writer = DocumentWriter(random: SeededGenerator(seed: 7))
    var random = SeededGenerator(seed: 8)
    for _ in 0..<1500 {
      writer.bytes = []
      _ = writer.value(depth: 0)
      var bytes = writer.bytes
      guard !bytes.isEmpty else { continue }
      let index = Int.random(in: 0..<bytes.count, using: &random)
      if Bool.random(using: &random) {
        bytes.remove(at: index)
      } else {
        bytes[index] = UInt8.random(in: 0...255, using: &random)
      }
      do {
        _ = try JSONParser.parse(bytes)
      } catch {
        #expect(error.offset >= 0 && error.offset <= bytes.count)
      }
    }
  }
}
