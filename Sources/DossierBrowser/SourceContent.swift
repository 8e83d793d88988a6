import DossierModel

/// A source document laid out for a width, with the quote highlighted.
struct SourceContent {
  private(set) var lines: [StyledText] = []
  /// The line where the quote begins, when it was found.
  private(set) var quoteLine: Int?

  /// The text width for a terminal width: one column of margin on each side.
  static func width(forColumns columns: Int) -> Int { max(1, columns - 2) }

  init(source: Source, quote: String, width: Int) {
    lines.append(StyledText(source.title, style: .bold))
    let byline = [source.author, source.publisher, source.date?.humanReadable].compactMap { $0 }
    if !byline.isEmpty { lines.append(StyledText(byline.joined(separator: " · "), style: .dim)) }
    lines.append(StyledText())
    for paragraph in (source.text ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
      var text = StyledText(String(paragraph), style: .normal)
      let plain = text.plainText
      let neutralQuote = SafeText.neutralized(quote)
      if !neutralQuote.isEmpty, let range = plain.firstRange(of: neutralQuote) {
        let start = plain.distance(from: plain.startIndex, to: range.lowerBound)
        text.restyle(from: start, count: neutralQuote.count, style: .highlight)
        let wrapped = text.wrapped(width: width)
        let before = StyledText(String(plain[..<range.lowerBound]), style: .normal)
        let offset = max(0, before.wrapped(width: width).count - 1)
        quoteLine = lines.count + min(offset, wrapped.count - 1)
        lines += wrapped
      } else {
        lines += text.wrapped(width: width)
      }
    }
  }
}
