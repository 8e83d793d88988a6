/// Constants of the native dossier file format (see docs/FORMAT.md).
public enum DossierFormat {
  /// The value of the top-level `"format"` field.
  public static let name = "dossier"
  /// The format version this build reads and writes.
  public static let version = 1

  static let topLevelKeys = [
    "$schema", "format", "version", "title", "description", "sources", "events", "actors",
    "projects", "links", "relations",
  ]
  static let sourceKeys = ["id", "title", "publisher", "author", "date", "url", "text", "textFile"]
  static let entityKeys = ["id", "name", "type", "summary", "aliases", "evidence", "properties"]
  static let eventKeys = entityKeys + ["date", "dateInferred", "dateNote"]
  static let linkKeys = ["id", "from", "to", "relation", "role", "date", "evidence", "properties"]
  static let propertyKeys = ["key", "label", "type", "values"]
  static let relationLabelKeys = ["outgoing", "incoming"]
  static let evidenceKeys = ["source", "quote", "note"]

  /// Whether `name` is a valid property type: one or more lowercase ASCII letters.
  public static func isValidPropertyType(_ name: String) -> Bool {
    !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
  }

  /// Whether `id` is a valid id: ASCII letters and digits, in groups joined by single
  /// `-`, `_`, `.` or `:` — room for the ids other formats bring, kept as they are
  /// (FtM's `NK-2sT8…`, `Q7747`, hex hashes, Aleph's `12.ab3…`).
  public static func isValidID(_ id: String) -> Bool {
    var previousWasSeparator = true
    for scalar in id.unicodeScalars {
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9":
        previousWasSeparator = false
      case "-", "_", ".", ":":
        if previousWasSeparator { return false }
        previousWasSeparator = true
      default:
        return false
      }
    }
    return !previousWasSeparator
  }
}
