/// Which end of a link an entity is on.
public enum LinkDirection: String, Sendable, Hashable {
  /// The entity is the link's `from`.
  case outgoing
  /// The entity is the link's `to`: a backlink.
  case incoming
}

/// One link seen from one of its ends: the link and the entity at the other end.
public struct LinkedEntity: Sendable, Hashable {
  /// The link itself.
  public let link: Link
  /// The entity at the other end.
  public let entity: Entity
  /// Whether the link leaves or reaches the entity it is seen from.
  public let direction: LinkDirection
}

/// An entity's links of one relation in one direction, e.g. all its "participants".
public struct LinkGroup: Sendable, Hashable {
  /// The relation shared by every link in the group.
  public let relation: String
  /// Whether these links leave or reach the entity.
  public let direction: LinkDirection
  /// The links, ordered like the dossier's entities (timeline, then names); only the
  /// first ones when the group was asked for with a limit.
  public let items: [LinkedEntity]
  /// How many links the group holds in all.
  public let count: Int
  /// A label for people, read from the entity's end ("participants", "took part in").
  public let label: String
}
