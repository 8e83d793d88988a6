/// A word index's occurrences in the order recorded: a word number and `WordPosting` flags
/// each. They are many (one per distinct word of each entity), so they are kept compactly —
/// in chunks whose word numbers take two bytes while they fit in two — and can be let go of
/// chunk by chunk as the postings are written from them.
struct WordOccurrences {
  private static let chunkShift = 20
  private static let chunkMask = (1 << chunkShift) - 1
  private var chunks: [Chunk] = []
  private var releasedChunks = 0
  /// How many occurrences were recorded (released ones included).
  private(set) var count = 0

  /// Appends an occurrence of word `number` with `flags`.
  mutating func append(_ number: UInt32, flags: UInt8) {
    if count & Self.chunkMask == 0 { chunks.append(Chunk()) }
    chunks[chunks.count - 1].append(number, flags: flags)
    count += 1
  }

  /// The word number of occurrence `position`.
  func word(at position: Int) -> UInt32 {
    chunks[position >> Self.chunkShift].word(at: position & Self.chunkMask)
  }

  /// The flags of occurrence `position`, which can be changed.
  subscript(flagsAt position: Int) -> UInt8 {
    get { chunks[position >> Self.chunkShift].flags[position & Self.chunkMask] }
    set { chunks[position >> Self.chunkShift].flags[position & Self.chunkMask] = newValue }
  }

  /// Lets go of the chunks that hold only occurrences before `position`; those can no
  /// longer be read.
  mutating func release(before position: Int) {
    while releasedChunks < position >> Self.chunkShift {
      chunks[releasedChunks] = Chunk()
      releasedChunks += 1
    }
  }

  private struct Chunk {
    var narrowWords: [UInt16] = []
    var wideWords: [UInt32] = []
    var flags: [UInt8] = []

    /// Word numbers stay narrow until one does not fit in two bytes.
    mutating func append(_ number: UInt32, flags flag: UInt8) {
      if wideWords.isEmpty, number <= UInt32(UInt16.max) {
        narrowWords.append(UInt16(number))
      } else {
        if wideWords.isEmpty {
          wideWords = narrowWords.map(UInt32.init)
          narrowWords = []
        }
        wideWords.append(number)
      }
      flags.append(flag)
    }

    func word(at position: Int) -> UInt32 {
      wideWords.isEmpty ? UInt32(narrowWords[position]) : wideWords[position]
    }
  }
}
