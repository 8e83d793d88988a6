@testable import DossierModel

/// A parsed JSON value (test support) with the byte offset where it starts in the input.
struct JSONValue: Sendable {
  /// The shape and payload of a JSON value.
  enum Content: Sendable {
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
  let content: Content
  /// Byte offset of the value's first character in the input.
  let offset: Int

  /// A short English name of the value's JSON type, for error messages.
  var typeName: String {
    let kind: JSONReader.Kind
    switch content {
    case .null: kind = .null
    case .bool: kind = .bool
    case .number: kind = .number
    case .string: kind = .string
    case .array: kind = .array
    case .object: kind = .object
    }
    return kind.name
  }
}

/// One `"key": value` member of a JSON object.
struct JSONMember: Sendable {
  /// The decoded key.
  let key: String
  /// Byte offset of the key's opening quote.
  let keyOffset: Int
  /// The member's value.
  let value: JSONValue
}
