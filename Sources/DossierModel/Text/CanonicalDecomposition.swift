/// The full canonical decomposition (as in NFD) of one Unicode scalar, from a table made
/// from Foundation's (`generate-decompositions.swift`) and, for Hangul syllables, the
/// Unicode algorithm: text folding needs no more of Foundation than this.
enum CanonicalDecomposition {
  /// The scalars `scalar` decomposes into: itself when it does not decompose.
  static func of(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if let jamo = hangulJamo(scalar.value) { return jamo }
    guard let entry = entry(of: scalar.value) else { return [scalar] }
    let range = Int(decompositionStarts[entry])..<Int(decompositionStarts[entry + 1])
    return decompositionScalars[range].map { Unicode.Scalar($0)! }
  }

  /// The position of `value` in `decomposingScalars`, if it is there.
  private static func entry(of value: UInt32) -> Int? {
    var low = 0
    var high = decomposingScalars.count
    while low < high {
      let middle = (low + high) / 2
      if decomposingScalars[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < decomposingScalars.count && decomposingScalars[low] == value ? low : nil
  }

  /// A Hangul syllable's leading consonant, vowel and, when it has one, trailing
  /// consonant (Unicode's "Hangul Syllable Decomposition").
  private static func hangulJamo(_ value: UInt32) -> [Unicode.Scalar]? {
    guard (0xAC00...0xD7A3).contains(value) else { return nil }
    let index = value - 0xAC00
    let trailing = index % 28
    var jamo = [0x1100 + index / 588, 0x1161 + index % 588 / 28]
    if trailing != 0 { jamo.append(0x11A7 + trailing) }
    return jamo.map { Unicode.Scalar($0)! }
  }
}
