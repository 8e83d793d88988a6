/// Constants of the native dossier file format (see docs/FORMAT.md).
public enum DossierFormat {
  /// The value of the top-level `"format"` field.
  public static let name = "dossier"
  /// The format version this build reads and writes.
  public static let version = 1

  static let topLevelFields = FieldNames([
    "$schema", "format", "version", "title", "description", "sources", "events", "actors",
    "projects", "links", "relations",
  ])
  static let sourceFields = FieldNames(
    ["id", "title", "publisher", "author", "date", "url", "text", "textFile"],
    required: ["id", "title"])
  static let entityFields = FieldNames(
    ["id", "name", "type", "summary", "aliases", "evidence", "properties"],
    required: ["id", "name", "type"])
  static let eventFields = entityFields.adding(["date", "dateInferred", "dateNote"])
  static let linkFields = FieldNames(
    ["id", "from", "to", "relation", "role", "date", "evidence", "properties"],
    required: ["from", "to", "relation"])
  static let propertyFields = FieldNames(
    ["key", "label", "type", "values"], required: ["key", "values"])
  static let relationLabelFields = FieldNames(
    ["outgoing", "incoming"], required: ["outgoing", "incoming"])
  static let evidenceFields = FieldNames(
    ["source", "quote", "note"], required: ["source", "quote"])

  /// An entity's (or event's) fields, numbered as in `entityFields` and `eventFields`.
  enum EntityField: Int, CaseIterable {
    case id, name, type, summary, aliases, evidence, properties, date, dateInferred, dateNote
  }

  /// A link's fields, numbered as in `linkFields`.
  enum LinkField: Int, CaseIterable {
    case id, from, to, relation, role, date, evidence, properties
  }

  /// A piece of evidence's fields, numbered as in `evidenceFields`.
  enum EvidenceField: Int, CaseIterable {
    case source, quote, note
  }

  /// Whether `name` is a valid property type: one or more lowercase ASCII letters.
  public static func isValidPropertyType(_ name: String) -> Bool {
    !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
  }

  /// What a valid id is, as a message ends when one is not.
  static let idRule =
    "use ASCII letters and digits joined by '-', '_', '.' or ':' (e.g. \"xi-jinping\")"

  /// Whether `id` is a valid id: ASCII letters and digits, with `-`, `_`, `.` or `:`
  /// between them (not first or last) — room for every id FollowTheMoney can refer to
  /// (`NK-2sT8…`, `Q7747`, hex hashes, Aleph's `12.ab3…`) and for slugs.
  public static func isValidID(_ id: String) -> Bool {
    var id = id
    return id.withUTF8(isValidID)
  }

  /// `isValidID` of an id's UTF-8 bytes.
  static func isValidID(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let isLetterOrDigit = FoldedTextWriter.isASCIIWordByte
    guard let first = utf8.first, let last = utf8.last, isLetterOrDigit(first),
      isLetterOrDigit(last)
    else { return false }
    return utf8.allSatisfy { isLetterOrDigit($0) || isIDSeparator($0) }
  }

  private static func isIDSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: ":")
  }
}
