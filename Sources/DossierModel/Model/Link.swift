/// A typed relation from one entity to another, such as event → actor "participant".
public struct Link: Sendable, Hashable {
  /// The link's own id, when its format gives links one (FtM's Ownership, Directorship, …
  /// are entities with ids); nil otherwise.
  public let id: String?
  /// The id of the entity the link starts from.
  public let from: String
  /// The id of the entity the link points to.
  public let to: String
  /// The relation, e.g. `participant`, `involves`, `partner`, `part-of`.
  public let relation: String
  /// The role the target plays, e.g. `host` or `recipient`.
  public let role: String?
  /// When the relation held or began.
  public let date: PartialDate?
  /// Quotes supporting the link.
  public let evidence: [Evidence]
  /// Labelled facts about the link: share percentage, end date, …
  public let properties: [Property]

  /// Creates a link.
  public init(
    from: String, to: String, relation: String, role: String? = nil, date: PartialDate? = nil,
    evidence: [Evidence] = [], id: String? = nil, properties: [Property] = []
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.relation = relation
    self.role = role
    self.date = date
    self.evidence = evidence
    self.properties = properties
  }
}
