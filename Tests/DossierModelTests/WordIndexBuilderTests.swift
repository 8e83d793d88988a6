import Testing

@testable import DossierModel

/// The index builder takes ASCII words straight from the text and folds only the rest; the
/// words it keeps must be those `TextFolding` finds in the whole text, in order.
@Suite struct WordIndexBuilderTests {
  private static let texts = [
    "plain ASCII words 2013",
    "Besançon-Zürich x½y, Ålesund A\u{30A}lesund",
    "乌鲁木齐 Қазақстан café's naïve e\u{301}te",
    "\u{301}leading mark, Straße, ﬁne — “quoted” end",
    "trailing non-ASCII é",
    "x\u{2044}y 12\u{00BD} ¼ digits٣٤",
    "",
    "  ,,  ",
  ]

  @Test func namesKeepTheWordsTextFoldingFinds() {
    var builder = WordIndexBuilder(keepsNames: true, entityCount: Self.texts.count)
    for text in Self.texts {
      var copy = text
      copy.withUTF8 { builder.add(.name, utf8: $0) }
      builder.endEntity()
    }
    let index = builder.build()
    for (entity, text) in Self.texts.enumerated() {
      let expected = TextFolding.words(in: text, caseSensitive: true).map(\.folded)
      let kept = index.names(of: entity).flatMap { words in
        words.map { word(Int($0), of: index.vocabulary) }
      }
      #expect(kept == expected, "\(text)")
    }
  }

  @Test func aSegmentFoldedBeforeGivesTheSameWords() {
    let texts = Self.texts + Self.texts.reversed()
    var builder = WordIndexBuilder(keepsNames: true, entityCount: texts.count)
    for text in texts {
      var copy = text
      copy.withUTF8 { builder.add(.name, utf8: $0) }
      builder.endEntity()
    }
    let index = builder.build()
    for (entity, text) in texts.enumerated() {
      let expected = TextFolding.words(in: text, caseSensitive: true).map(\.folded)
      let kept = index.names(of: entity).flatMap { words in
        words.map { word(Int($0), of: index.vocabulary) }
      }
      #expect(kept == expected, "\(text)")
    }
  }

  @Test func foldedSegmentsKeepNoMoreThanTheirLimit() {
    var segments = FoldedSegments()
    let numbers: [UInt32] = [4, 2]
    let small = Array("Zürich".utf8)
    let large = [UInt8](repeating: 0xC3, count: FoldedSegments.byteLimit + 1)
    small.withUnsafeBufferPointer { small in
      large.withUnsafeBufferPointer { large in
        numbers.withUnsafeBufferPointer { numbers in
          segments.remember(large, numbers: numbers)
          segments.remember(small, numbers: numbers)
        }
        #expect(segments.numbers(of: large) == nil)
        let kept = segments.numbers(of: small)
        #expect(kept.map { $0.map(segments.word(at:)) } == numbers)
      }
    }
  }

  @Test func aWordMayBeBothASCIIAndFolded() {
    var builder = WordIndexBuilder(keepsNames: false, entityCount: 2)
    var first = "cafe"
    first.withUTF8 { builder.add(.summary, utf8: $0) }
    builder.endEntity()
    var second = "café"
    second.withUTF8 { builder.add(.summary, utf8: $0) }
    builder.endEntity()
    let index = builder.build()
    #expect(index.vocabulary.count == 1)
    #expect(Array(index.postingEntities) == [0, 1])
  }

  private func word(_ number: Int, of vocabulary: WordVocabulary) -> String {
    let start = Int(vocabulary.casedStarts[number])
    let end = Int(vocabulary.casedStarts[number + 1])
    return String(decoding: (start..<end).map { vocabulary.cased[$0] }, as: UTF8.self)
  }
}

/// The bodies' index can be begun over the first entities while a file is still being read
/// and continued later; wherever it was stopped, it must equal the index built at once.
@Suite struct BegunBodiesTests {
  private static let entities = EntityRecordsBuilder((0..<60).map(event))

  private static func event(_ index: Int) -> Entity {
    let summary: String? = index % 3 == 0 ? nil : "about topic\(index % 7) and Zürich w\(index)"
    let evidence: [Evidence] =
      index % 4 == 0 ? [Evidence(sourceID: "s", quote: "quoted \(index % 5)")] : []
    return Entity(
      id: "e\(index)", kind: .event, name: "Event \(index)", type: "x", summary: summary,
      evidence: evidence)
  }

  @Test(arguments: [0, 1, 17, 59, 60])
  func continuingFromAnyEntityGivesTheIndexBuiltAtOnce(stoppingAfter count: Int) {
    Self.entities.withRecords { records in
      let whole = WordIndex.bodies(of: records)
      var asked = 0
      let begun = WordIndex.beginBodies(of: records) {
        defer { asked += 1 }
        return asked >= count
      }
      #expect(begun.entityCount == count)
      let continued = WordIndex.bodies(of: records, continuing: begun)
      #expect(Array(continued.vocabulary.cased) == Array(whole.vocabulary.cased))
      #expect(Array(continued.postingStarts) == Array(whole.postingStarts))
      #expect(Array(continued.postingEntities) == Array(whole.postingEntities))
      #expect(Array(continued.postingFlags) == Array(whole.postingFlags))
    }
  }

  /// The bodies of the entities from `start` on, begun apart (as a later half's thread does
  /// while the first half is still read) over `count` of them, then joined to the first
  /// entities' bodies begun over `begunCount`: the index built at once.
  @Test(arguments: [(0, 0, 0), (5, 20, 7), (20, 20, 40), (0, 30, 30), (17, 30, 0), (3, 59, 1)])
  func laterBodiesBegunApartJoinAsTheIndexBuiltAtOnce(begunCount: Int, start: Int, count: Int) {
    let later = EntityRecordsBuilder((start..<60).map(Self.event))
    Self.entities.withRecords { records in
      let whole = WordIndex.bodies(of: records)
      func begin(_ records: EntityRecords, _ count: Int) -> WordIndexBuilder {
        var asked = 0
        return WordIndex.beginBodies(of: records) {
          defer { asked += 1 }
          return asked >= count
        }
      }
      let laterBegun = later.withRecords { begin($0, count) }
      #expect(laterBegun.entityCount == count)
      let joined = WordIndex.bodies(
        of: records, continuing: begin(records, begunCount), joining: laterBegun, at: start)
      #expect(Array(joined.vocabulary.cased) == Array(whole.vocabulary.cased))
      #expect(Array(joined.vocabulary.lowercase) == Array(whole.vocabulary.lowercase))
      #expect(Array(joined.postingStarts) == Array(whole.postingStarts))
      #expect(Array(joined.postingEntities) == Array(whole.postingEntities))
      #expect(Array(joined.postingFlags) == Array(whole.postingFlags))
    }
  }
}
