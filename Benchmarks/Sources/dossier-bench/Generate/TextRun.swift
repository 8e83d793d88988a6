/// A run of words with their forms, trailing punctuation and paragraph breaks: the text
/// of a summary, a quote or a source, before it is written.
struct TextRun {
  private(set) var words: [WordTable.Word] = []
  private(set) var forms: [WordTable.Form] = []
  private(set) var punctuation: [UInt8] = []
  private(set) var breaksBefore: [Bool] = []

  /// How many words there are.
  var count: Int { words.count }

  /// Adds a word; `punctuation` 0 means none.
  mutating func append(
    _ word: WordTable.Word, _ form: WordTable.Form, punctuation mark: UInt8 = 0,
    breakBefore: Bool = false
  ) {
    words.append(word)
    forms.append(form)
    punctuation.append(mark)
    breaksBefore.append(breakBefore)
  }

  /// Sets the punctuation after the last word.
  mutating func punctuateLast(_ mark: UInt8) {
    punctuation[punctuation.count - 1] = mark
  }

  /// Empties the run, keeping its storage.
  mutating func removeAll() {
    words.removeAll(keepingCapacity: true)
    forms.removeAll(keepingCapacity: true)
    punctuation.removeAll(keepingCapacity: true)
    breaksBefore.removeAll(keepingCapacity: true)
  }

  /// Writes the words in `range` joined by single spaces, escaped, without quotes; with
  /// `paragraphs`, paragraph breaks are written as two line breaks.
  func write(
    _ range: Range<Int>, paragraphs: Bool, table: WordTable, to output: OutputBuffer
  ) {
    for index in range {
      if index > range.lowerBound {
        if paragraphs, breaksBefore[index] {
          output.write("\\n\\n")
        } else {
          output.write(UInt8(ascii: " "))
        }
      }
      table.write(words[index], forms[index], to: output)
      if punctuation[index] != 0 { output.write(punctuation[index]) }
    }
  }
}
