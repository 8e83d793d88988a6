/// A quote from a source that supports a fact (an entity or a link).
public struct Evidence: Sendable, Hashable {
  /// The id of the source the quote comes from.
  public let sourceID: String
  /// The quoted words, verbatim from the source.
  public let quote: String
  /// An optional remark on how the quote supports the fact.
  public let note: String?

  /// Creates evidence.
  public init(sourceID: String, quote: String, note: String? = nil) {
    self.sourceID = sourceID
    self.quote = quote
    self.note = note
  }
}
