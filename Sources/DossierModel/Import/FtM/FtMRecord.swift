/// One FollowTheMoney entity as written in the file, before it is interpreted: its id,
/// schema and property values, each with the byte offset it was read at.
struct FtMRecord {
  /// Where the record is, for messages: `line 12`, or `[3]` in a JSON array.
  let path: String
  /// The byte offset of the record's `{`.
  let offset: Int
  /// The FtM id, verbatim.
  let id: String
  /// The schema name as written: `Payment`.
  let schema: String
  /// The byte offset of the schema's value.
  let schemaOffset: Int
  /// The properties, in file order.
  let properties: [FtMRawProperty]
  /// The byte offset of every property value, property after property (one array per
  /// record rather than one per property).
  let valueOffsets: [Int]

  /// The byte offset of `property`'s value at `index`.
  func offset(of property: FtMRawProperty, at index: Int) -> Int {
    valueOffsets[property.firstOffset + index]
  }

  /// The first value of the property `name`, if the record has it.
  func firstValue(of name: String) -> String? {
    properties.first { $0.name == name && !$0.values.isEmpty }?.values[0]
  }
}

/// One property of a record: its name and values.
struct FtMRawProperty {
  /// The property name as written: `amountEur`.
  let name: String
  /// The byte offset of the property's key.
  let offset: Int
  /// The values, in file order.
  let values: [String]
  /// Where the values' offsets start in the record's `valueOffsets`.
  let firstOffset: Int
}
