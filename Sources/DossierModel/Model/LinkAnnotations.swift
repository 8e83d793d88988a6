extension Property {
  /// The values as people read them: a country code as the country's name
  /// ("Kazakhstan" for `kz`), an amount with its thousands grouped ("1,450,000"),
  /// everything else as written.
  public var displayValues: [String] {
    switch type {
    case .country: values.map { FtMModel.countryNames[$0.lowercased()] ?? $0 }
    case .amount: values.map(DecimalText.groupingThousands)
    default: values
    }
  }

  /// The display values in one line: joined by ", ", or by "; " when a value has a comma
  /// of its own (addresses, "Korea, Republic of"), so that values stay apart.
  public var joinedValues: String {
    let shown = displayValues
    return shown.joined(separator: shown.contains { $0.contains(",") } ? "; " : ", ")
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
