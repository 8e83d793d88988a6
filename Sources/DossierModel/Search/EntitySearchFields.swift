extension PropertyType {
  /// Whether values of this type are searched with names and aliases (a user types a
  /// registration number or another name and expects the entity), rather than with
  /// summaries and quotes.
  var isSearchedWithNames: Bool { self == .name || self == .identifier }
}

extension Entity {
  /// The texts search looks at first: the name, aliases, and values of `name` and
  /// `identifier` properties.
  var nameSearchFields: [(SearchField, String)] {
    [(.name, name)] + aliases.map { (.alias, $0) }
      + propertyValues { $0.isSearchable && $0.isSearchedWithNames }
  }

  /// The texts search looks at next: the summary, values of the other searchable
  /// properties (text, address, e-mail, phone, topic), and evidence quotes.
  var bodySearchFields: [(SearchField, String)] {
    (summary.map { [(SearchField.summary, $0)] } ?? [])
      + propertyValues { $0.isSearchable && !$0.isSearchedWithNames }
      + evidence.map { (.quote, $0.quote) }
  }

  private func propertyValues(where include: (PropertyType) -> Bool) -> [(SearchField, String)] {
    properties.filter { include($0.type) }.flatMap { property in
      property.values.map { (SearchField.property, $0) }
    }
  }
}
