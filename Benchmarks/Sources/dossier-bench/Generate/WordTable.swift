/// The vocabulary's words, escaped for JSON, each in three forms: as written, capitalized
/// (for the start of a sentence and for names) and its initial (for abbreviations).
struct WordTable {
  /// How a word is written.
  enum Form: Int {
    case plain = 0
    case capitalized = 1
    case initial = 2
  }

  /// A word by its number; `Int32` keeps the generator's scratch arrays small.
  typealias Word = Int32

  private var forms = EscapedStrings()
  /// Words of each script, by number.
  private(set) var english: [Word] = []
  /// The English words that read well capitalized in a name: nouns and adjectives of four
  /// letters or more, no past participles.
  private(set) var nameableEnglish: [Word] = []
  private(set) var names: [Word] = []
  private(set) var cyrillic: [Word] = []
  private(set) var cjk: [Word] = []
  private(set) var diacritic: [Word] = []
  private(set) var eventNouns: [Word] = []
  private(set) var projectNouns: [Word] = []

  init() {
    english = add(Vocabulary.english)
    nameableEnglish = add(
      Vocabulary.english.filter { word in
        word.count >= 4 && word.allSatisfy(\.isLetter) && !word.hasSuffix("ed")
          && !Vocabulary.functionWords.contains(word)
      })
    names = add(Vocabulary.names)
    cyrillic = add(Vocabulary.cyrillic)
    cjk = add(Vocabulary.cjk)
    diacritic = add(Vocabulary.diacritic)
    eventNouns = add(Vocabulary.eventNouns)
    projectNouns = add(Vocabulary.projectNouns)
  }

  /// Writes `word` in `form`, escaped, without quotes.
  func write(_ word: Word, _ form: Form, to output: OutputBuffer) {
    forms.write(Int(word) * 3 + form.rawValue, to: output)
  }

  private mutating func add(_ words: [String]) -> [Word] {
    words.map { word in
      precondition(!word.isEmpty && !word.contains(where: \.isWhitespace), "bad word \(word)")
      let capitalized = word.prefix(1).uppercased() + word.dropFirst()
      let index = forms.append(word)
      forms.append(capitalized)
      forms.append(String(capitalized.prefix(1)))
      return Word(index / 3)
    }
  }
}
