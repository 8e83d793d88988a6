/// Human labels for link relations, read from either end of the link.
///
/// Relations are open: any string is allowed. Known ones read naturally from both ends
/// ("participants" / "took part in"); others fall back to the relation itself.
public enum RelationVocabulary {
  private static let labels: [String: (outgoing: String, incoming: String)] = [
    "participant": ("participants", "took part in"),
    "involves": ("involves", "involved in"),
    "partner": ("partners", "partner in"),
    "part-of": ("part of", "has part"),
    "leader-of": ("leader of", "led by"),
    "member-of": ("member of", "has member"),
    "editor-in-chief-of": ("editor-in-chief of", "editor-in-chief"),
    "located-in": ("located in", "location of"),
  ]

  /// The relations with built-in labels, in alphabetical order.
  public static var knownRelations: [String] { labels.keys.sorted() }

  /// The label for `relation` as seen from the entity at the given end of the link.
  public static func label(for relation: String, direction: LinkDirection) -> String {
    if let known = labels[relation] {
      return direction == .outgoing ? known.outgoing : known.incoming
    }
    let spaced = String(relation.map { $0 == "-" ? " " : $0 })
    return direction == .outgoing ? spaced : "\(spaced) (from)"
  }
}
