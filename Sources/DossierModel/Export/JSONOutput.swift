/// A JSON value to write, with object keys kept in the order given.
///
/// Strings are escaped as JSON requires, and beyond that every control character and
/// bidirectional override is written as a `\u` escape, so the output is safe to print.
public indirect enum JSONOutput: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONOutput])
  /// An object; keys in this order.
  case object([(String, JSONOutput)])

  /// A string, or `null` when absent.
  public static func optional(_ text: String?) -> JSONOutput {
    text.map { .string($0) } ?? .null
  }

  /// The JSON text, indented by two spaces per level, ending without a newline.
  public func rendered() -> String {
    var output = ""
    write(to: &output, indent: 0)
    return output
  }

  /// The JSON text on one line, with no whitespace between tokens: one record of a
  /// JSON-lines file. Newlines inside strings are escaped, so the text never holds one.
  public func renderedCompact() -> String {
    var output = ""
    writeCompact(to: &output)
    return output
  }

  /// Compares structure and order.
  public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .int(let number): output += String(number)
    case .string(let text): Self.writeString(text, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      output += "[\n"
      for (index, element) in elements.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        element.write(to: &output, indent: indent + 2)
        output += index == elements.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        Self.writeString(key, to: &output)
        output += ": "
        value.write(to: &output, indent: indent + 2)
        output += index == members.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: " ", count: indent) + "}"
    }
  }

  private func writeCompact(to output: inout String) {
    switch self {
    case .null, .bool, .int, .string: write(to: &output, indent: 0)
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        element.writeCompact(to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        Self.writeString(key, to: &output)
        output += ":"
        value.writeCompact(to: &output)
      }
      output += "}"
    }
  }

  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      default:
        if SafeText.needsNeutralizing(scalar) {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
