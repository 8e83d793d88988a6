/// A parsed JSON value together with the byte offset where it starts in the input,
/// so that every later problem can be reported at its line and column.
public struct JSONValue: Sendable {
  /// The shape and payload of a JSON value.
  public enum Content: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written in the input (kept exact, converted on demand).
    case number(String)
    /// A string, with escapes decoded.
    case string(String)
    /// An array of values, in input order.
    case array([JSONValue])
    /// An object's members, in input order (duplicate keys are kept for validation).
    case object([JSONMember])
  }

  /// What the value is.
  public let content: Content
  /// Byte offset of the value's first character in the input.
  public let offset: Int

  /// A short English name of the value's JSON type, for error messages.
  public var typeName: String {
    switch content {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable {
  /// The decoded key.
  public let key: String
  /// Byte offset of the key's opening quote.
  public let keyOffset: Int
  /// The member's value.
  public let value: JSONValue
}
