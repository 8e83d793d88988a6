/// Malformed JSON: what was wrong and the byte offset where the parser noticed it.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  /// Byte offset in the input.
  public let offset: Int
  /// A human-readable explanation.
  public let message: String
}
