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
}

/// One property of a record: its name and its values, each with its byte offset.
struct FtMRawProperty {
  /// The property name as written: `amountEur`.
  let name: String
  /// The byte offset of the property's key.
  let offset: Int
  /// The values, in file order.
  let values: [String]
  /// The byte offset of each value, in `values` order.
  let valueOffsets: [Int]
}
