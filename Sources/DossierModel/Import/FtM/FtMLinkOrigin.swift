/// Where one link of an FtM file was read, kept without building any text until a
/// message needs it.
struct FtMLinkOrigin {
  /// The record's path: `line 12`.
  let path: String
  /// The index of the entity the link leaves, when it is the record itself (an entity
  /// property); nil for an edge, whose source is looked up.
  let fromEntity: Int?
  /// The property that named the source end (`owner`), or nil when the source is the
  /// record itself.
  let fromProperty: String?
  /// The index of the source value in its property.
  let fromIndex: Int
  /// The byte offset of the source (its value, or the record).
  let fromOffset: Int
  /// The property that named the target end: `payer`.
  let toProperty: String
  /// The index of the target value in its property.
  let toIndex: Int
  /// The byte offset of the target value.
  let toOffset: Int

  /// The same origin, with the entity index moved by `offset`.
  func shifted(entitiesBy offset: Int) -> FtMLinkOrigin {
    FtMLinkOrigin(
      path: path, fromEntity: fromEntity.map { $0 + offset }, fromProperty: fromProperty,
      fromIndex: fromIndex, fromOffset: fromOffset, toProperty: toProperty, toIndex: toIndex,
      toOffset: toOffset)
  }

  /// The position for messages: `line 12.properties`, keys `owner[0]` and `asset[0]`.
  var position: LinkPosition {
    LinkPosition(
      path: path + ".properties", fromOffset: fromOffset, toOffset: toOffset,
      fromKey: fromProperty.map { "\($0)[\(fromIndex)]" } ?? "id",
      toKey: "\(toProperty)[\(toIndex)]")
  }
}
