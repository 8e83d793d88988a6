/// Where a value sits in a dossier file, for messages: `dossier`, `events[3]`,
/// `links[0].evidence[1]`, `actors[2].properties[0]`. Built without allocating; turned into text only on error.
struct JSONPath: CustomStringConvertible {
  /// The top-level object.
  static let root = JSONPath(base: "dossier", index: nil)

  /// `dossier`, or the name of a top-level array.
  let base: String
  /// The element's index in that array.
  let index: Int?
  /// The index in the element's `evidence` array, for evidence.
  var evidenceIndex: Int?
  /// The index in the element's `properties` array, for properties.
  var propertyIndex: Int?

  /// Whether this is the top-level object itself.
  var isRoot: Bool {
    base == Self.root.base && index == nil && evidenceIndex == nil && propertyIndex == nil
  }

  /// An element of a top-level array.
  static func element(of array: String, at index: Int) -> JSONPath {
    JSONPath(base: array, index: index)
  }

  /// An element of this value's `evidence` array.
  func evidence(at index: Int) -> JSONPath {
    var path = self
    path.evidenceIndex = index
    return path
  }

  /// An element of this value's `properties` array.
  func property(at index: Int) -> JSONPath {
    var path = self
    path.propertyIndex = index
    return path
  }

  /// One member of the top-level `relations` object.
  static func relation(_ key: String) -> JSONPath {
    JSONPath(base: "relations.\(key)", index: nil)
  }

  var description: String {
    var text = base
    if let index { text += "[\(index)]" }
    if let evidenceIndex { text += ".evidence[\(evidenceIndex)]" }
    if let propertyIndex { text += ".properties[\(propertyIndex)]" }
    return text
  }
}
