extension Property {
  /// The values in one line, as written: joined by ", ", or by "; " when a value has a
  /// comma of its own (addresses), so that values stay apart.
  public var joinedValues: String {
    values.joined(separator: values.contains { $0.contains(",") } ? "; " : ", ")
  }

  /// "Label: value, value".
  public var labelledValues: String { label + ": " + joinedValues }
}

extension LinkedEntity {
  /// What a listing says about the link beyond the other end's name and role: the link's
  /// date (unless an event at either end has that date already), then each property as
  /// "Label: values" — but not a date property that only repeats the link's date (FtM's
  /// `startDate` of an Ownership). Raw text: callers neutralise or escape it.
  public func annotations(seenFrom viewed: Entity) -> [String] {
    var annotations: [String] = []
    if let date = link.date, date != entity.date, date != viewed.date {
      annotations.append(date.humanReadable)
    }
    let repeatsDate = { (property: Property) in
      property.type == .date && property.values == [link.date?.description]
    }
    return annotations + link.properties.filter { !repeatsDate($0) }.map(\.labelledValues)
  }
}
