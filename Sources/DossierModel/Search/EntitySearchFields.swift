extension PropertyType {
  /// Whether values of this type are searched with names and aliases (a user types a
  /// registration number or another name and expects the entity), rather than with
  /// summaries and quotes.
  var isSearchedWithNames: Bool { self == .name || self == .identifier }
}

extension PropertyType {
  /// Whether values of the type named by these UTF-8 bytes are searched, and with names
  /// (`names`) or with bodies: `isSearchable && isSearchedWithNames == names`, without
  /// making the name a string.
  static func isSearched(utf8 name: UnsafeBufferPointer<UInt8>, withNames names: Bool) -> Bool {
    for (type, withNames) in searchedUTF8
    where type.count == name.count && type.elementsEqual(name) {
      return withNames == names
    }
    return false
  }

  /// The searchable types' names as UTF-8, each with whether it is searched with names.
  private static let searchedUTF8 = known.filter(\.isSearchable).map {
    (Array($0.rawValue.utf8), $0.isSearchedWithNames)
  }
}
