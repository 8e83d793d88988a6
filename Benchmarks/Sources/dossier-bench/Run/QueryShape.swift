/// The kinds of query the search benchmark types, each hard for an index in its own way.
enum QueryShape: CaseIterable {
  /// The start of a real name as written, with its capitals (smart case: "Cedar Ri").
  case capitalisedPrefix
  /// The start of a real name in lowercase ("cedar ri").
  case lowercasePrefix
  /// One letter: the most candidates.
  case oneLetter
  /// Two consecutive words of a real name ("lawson logistics").
  case twoWords
  /// A word that occurs nowhere: every candidate is looked at and rejected.
  case noMatch
  /// Letters found only inside longer words of names ("field" of "Springfield").
  case insideWord
  /// A word of the dossier with diacritics, typed with them ("košice").
  case diacritics

  /// A short label for tables.
  var label: String {
    switch self {
    case .capitalisedPrefix: "capitalised name prefix"
    case .lowercasePrefix: "lowercase name prefix"
    case .oneLetter: "one letter"
    case .twoWords: "two words"
    case .noMatch: "no match"
    case .insideWord: "inside a word"
    case .diacritics: "diacritics"
    }
  }
}

/// A query the benchmark types, with its shape.
struct ShapedQuery: Equatable {
  var shape: QueryShape
  var text: String
}
