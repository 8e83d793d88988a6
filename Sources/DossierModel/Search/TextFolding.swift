import FoundationEssentials
import Glibc

/// Case and diacritic folding, and splitting text into words, for search and sorting.
///
/// Folding works scalar by scalar so that every folded word can be traced back to the
/// characters of the original text it came from (for highlighting).
public enum TextFolding {
  /// A word of a text: its folded form and where it lies in the original.
  public struct Word: Sendable {
    /// The folded word (lowercased unless case-sensitive, diacritics removed).
    public let folded: String
    /// The word's range in the original text.
    public let range: Range<String.Index>
    /// For each original scalar of the word: how many folded scalars precede its end,
    /// and the original index just after it. Empty unless positions were requested.
    let scalarEnds: [(foldedCount: Int, end: String.Index)]

    /// The original range covering the first `foldedLength` folded scalars of the word.
    func prefixRange(foldedLength: Int) -> Range<String.Index> {
      guard var last = scalarEnds.firstIndex(where: { $0.foldedCount >= foldedLength }) else {
        return range
      }
      // Take along combining marks that fold to nothing, so no character is split.
      while last + 1 < scalarEnds.count,
        scalarEnds[last + 1].foldedCount == scalarEnds[last].foldedCount
      {
        last += 1
      }
      return range.lowerBound..<scalarEnds[last].end
    }

    /// The original range covering folded scalars `start ..< start + length` of the word.
    func innerRange(foldedStart start: Int, length: Int) -> Range<String.Index> {
      let lower = scalarEnds.last { $0.foldedCount <= start }?.end ?? range.lowerBound
      return lower..<prefixRange(foldedLength: start + length).upperBound
    }
  }

  /// `text` lowercased (unless `caseSensitive`) with diacritics removed: "Ålesund" →
  /// "alesund", or "Alesund" when case counts.
  public static func fold(_ text: String, caseSensitive: Bool = false) -> String {
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      append(scalar, caseSensitive: caseSensitive, to: &output)
    }
    return String(output)
  }

  /// Whether `text` contains an uppercase letter (which makes a search case-sensitive).
  public static func containsUppercase(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.isUppercase }
  }

  /// The words of `text`: maximal runs of letters and digits (combining marks stay with
  /// their letter), folded.
  public static func words(in text: String, caseSensitive: Bool, trackPositions: Bool = false)
    -> [Word]
  {
    var words: [Word] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard isWordStart(scalars[index]) else {
        index = scalars.index(after: index)
        continue
      }
      let start = index
      var folded = String.UnicodeScalarView()
      // Counted as it grows: a scalar view counts itself from its start.
      var foldedCount = 0
      var ends: [(foldedCount: Int, end: String.Index)] = []
      while index < scalars.endIndex, isWordContinuation(scalars[index]) {
        foldedCount += append(scalars[index], caseSensitive: caseSensitive, to: &folded)
        index = scalars.index(after: index)
        if trackPositions { ends.append((foldedCount, index)) }
      }
      if !folded.isEmpty {
        words.append(Word(folded: String(folded), range: start..<index, scalarEnds: ends))
      }
    }
    return words
  }

  private static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
        || (scalar >= "0" && scalar <= "9")
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func isWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
    isWordStart(scalar) || scalar.properties.generalCategory == .nonspacingMark
  }

  /// Appends the folded form of `scalar` to `output`; returns how many scalars it has.
  @discardableResult
  private static func append(
    _ scalar: Unicode.Scalar, caseSensitive: Bool, to output: inout String.UnicodeScalarView
  ) -> Int {
    if scalar.isASCII {
      if !caseSensitive, scalar >= "A", scalar <= "Z" {
        output.append(Unicode.Scalar(scalar.value + 32)!)
      } else {
        output.append(scalar)
      }
      return 1
    }
    let cased = caseSensitive ? String(scalar) : scalar.properties.lowercaseMapping
    var appended = 0
    for part in cased.unicodeScalars.flatMap(CanonicalDecomposition.of)
    where part.properties.generalCategory != .nonspacingMark {
      output.append(part)
      appended += 1
    }
    return appended
  }
}
