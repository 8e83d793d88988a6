/// How a relation reads from each end of a link: "Payments made" at the payer,
/// "Payer" at the payment.
public struct RelationLabels: Sendable, Hashable {
  /// The label at the link's `from` end.
  public let outgoing: String
  /// The label at the link's `to` end (the backlink).
  public let incoming: String

  /// Creates a pair of labels.
  public init(outgoing: String, incoming: String) {
    self.outgoing = outgoing
    self.incoming = incoming
  }

  /// The label seen from one end.
  public func label(for direction: LinkDirection) -> String {
    direction == .outgoing ? outgoing : incoming
  }
}
