/// Finds quotes in a source text, treating any run of whitespace as a single space so a
/// quote may span a line break.
struct QuoteMatcher {
  private let normalizedText: String

  init(text: String) {
    normalizedText = Self.normalize(text)
  }

  func contains(_ quote: String) -> Bool {
    let normalizedQuote = Self.normalize(quote)
    return !normalizedQuote.isEmpty && normalizedText.contains(normalizedQuote)
  }

  private static func normalize(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
