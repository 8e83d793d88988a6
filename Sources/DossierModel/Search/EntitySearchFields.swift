extension PropertyType {
  /// Whether values of this type are searched with names and aliases (a user types a
  /// registration number or another name and expects the entity), rather than with
  /// summaries and quotes.
  var isSearchedWithNames: Bool { self == .name || self == .identifier }
}
