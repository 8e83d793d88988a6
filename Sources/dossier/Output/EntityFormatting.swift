import DossierModel

/// How entities' dates and labels read in human output.
enum EntityFormatting {
  /// "2013", "Sep 2013", "~2022" (inferred), or "—" for no date.
  static func dateLabel(_ entity: Entity) -> String {
    guard let date = entity.date else { return "—" }
    return (entity.dateInferred ? "~" : "") + date.humanReadable
  }
}
