extension StringProtocol {
  /// The text without the whitespace at its ends: every scalar with Unicode's White_Space
  /// property (line breaks too), or, with `keepingLineBreaks`, only space separators and
  /// tabs; and the zero-width space — as Foundation's `.whitespacesAndNewlines` and
  /// `.whitespaces` trim.
  func trimmingWhitespace(keepingLineBreaks: Bool = false) -> String {
    let isTrimmed = { (scalar: Unicode.Scalar) in
      if scalar == "\u{200B}" { return true }
      return keepingLineBreaks
        ? scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        : scalar.properties.isWhitespace
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
      let last = scalars.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    var trimmed = String.UnicodeScalarView()
    trimmed.append(contentsOf: scalars[first...last])
    return String(trimmed)
  }
}
