/// Makes up names, summaries and quotes from the vocabulary, mixing scripts word by word:
/// about 10% Cyrillic, 5% CJK and 10% Latin words with diacritics; the rest English.
struct TextComposer {
  let table = WordTable()
  private var name: [WordTable.Word] = []
  private var run = TextRun()

  private static let cyrillicShare = 0.10
  private static let cjkShare = 0.05
  private static let diacriticShare = 0.10

  /// Makes up a name of 2–6 words for an entity of `kind`, to be written by `writeName`
  /// and abbreviated by `writeInitials`. Events and projects often end in a noun of their
  /// kind ("Summit", "Railway").
  mutating func composeName(for kind: GeneratedKind, using random: inout SeededGenerator) {
    name.removeAll(keepingCapacity: true)
    let count = random.int(in: 2...6)
    let nouns: [WordTable.Word]? =
      switch kind {
      case .event: table.eventNouns
      case .project: table.projectNouns
      case .actor: nil
      }
    let endsInNoun = nouns != nil && random.chance(0.6)
    for _ in 0..<(endsInNoun ? count - 1 : count) {
      name.append(nameWord(using: &random))
    }
    if endsInNoun, let nouns { name.append(random.element(of: nouns)) }
  }

  /// Writes the name made by `composeName`, escaped, without quotes.
  func writeName(to output: OutputBuffer) {
    for (index, word) in name.enumerated() {
      if index > 0 { output.write(UInt8(ascii: " ")) }
      table.write(word, .capitalized, to: output)
    }
  }

  /// Writes the initials of the name made by `composeName` ("CRSP"), escaped, without
  /// quotes.
  func writeInitials(to output: OutputBuffer) {
    for word in name { table.write(word, .initial, to: output) }
  }

  /// Writes a short made-up name of 1–3 words, escaped, without quotes.
  func writeShortName(to output: OutputBuffer, using random: inout SeededGenerator) {
    for index in 0..<random.int(in: 1...3) {
      if index > 0 { output.write(UInt8(ascii: " ")) }
      table.write(nameWord(using: &random), .capitalized, to: output)
    }
  }

  /// Writes a summary of 20–60 words (33 on average, shorter ones likelier) in sentences,
  /// escaped, without quotes; a few have two paragraphs.
  mutating func writeSummary(to output: OutputBuffer, using random: inout SeededGenerator) {
    run.removeAll()
    let words = 20 + min(random.int(in: 0...40), random.int(in: 0...40))
    appendSentences(to: &run, words: words, using: &random)
    run.write(0..<run.count, paragraphs: true, table: table, to: output)
  }

  /// Writes a quote of 4–12 words, as cut from a longer text, escaped, without quotes.
  mutating func writeQuote(to output: OutputBuffer, using random: inout SeededGenerator) {
    run.removeAll()
    let count = random.int(in: 4...12)
    for index in 0..<count {
      let comma = index < count - 1 && random.chance(0.06)
      run.append(textWord(using: &random), .plain, punctuation: comma ? UInt8(ascii: ",") : 0)
    }
    if random.chance(0.5) { run.punctuateLast(UInt8(ascii: ".")) }
    run.write(0..<run.count, paragraphs: false, table: table, to: output)
  }

  /// A text of about `words` words in sentences and paragraphs, for a source's `text`.
  func sourceText(words count: Int, using random: inout SeededGenerator) -> TextRun {
    var text = TextRun()
    appendSentences(to: &text, words: count, using: &random)
    return text
  }

  /// Appends `count` words in sentences of 6–14 words; each sentence after the first
  /// starts a new paragraph with probability 0.02.
  private func appendSentences(
    to text: inout TextRun, words count: Int, using random: inout SeededGenerator
  ) {
    var leftInSentence = 0
    for index in 0..<count {
      let startsSentence = leftInSentence == 0
      if startsSentence { leftInSentence = random.int(in: 6...14) }
      let breakBefore = startsSentence && index > 0 && random.chance(0.02)
      leftInSentence -= 1
      let endsSentence = leftInSentence == 0 || index == count - 1
      if endsSentence { leftInSentence = 0 }
      let mark =
        endsSentence ? UInt8(ascii: ".") : random.chance(0.06) ? UInt8(ascii: ",") : 0
      text.append(
        textWord(using: &random), startsSentence ? .capitalized : .plain, punctuation: mark,
        breakBefore: breakBefore)
    }
  }

  /// A word for a name: mixed scripts, else a capitalized English name or word.
  private func nameWord(using random: inout SeededGenerator) -> WordTable.Word {
    if let word = foreignWord(using: &random) { return word }
    return random.element(of: random.chance(0.6) ? table.names : table.nameableEnglish)
  }

  /// A word for running text: mixed scripts, else English, one in seven a name.
  private func textWord(using random: inout SeededGenerator) -> WordTable.Word {
    if let word = foreignWord(using: &random) { return word }
    return random.element(of: random.chance(0.15) ? table.names : table.english)
  }

  /// A Cyrillic, CJK or diacritic word, in their shares, or nil for an English one.
  private func foreignWord(using random: inout SeededGenerator) -> WordTable.Word? {
    let draw = random.unit()
    if draw < Self.cyrillicShare { return random.element(of: table.cyrillic) }
    if draw < Self.cyrillicShare + Self.cjkShare { return random.element(of: table.cjk) }
    if draw < Self.cyrillicShare + Self.cjkShare + Self.diacriticShare {
      return random.element(of: table.diacritic)
    }
    return nil
  }
}
