import Testing

@testable import DossierModel

/// The list order, sorted on integer keys, against a plain sort by the rules: events by
/// date (undated last; earliest day first, then the more precise date), everything by
/// folded name next, then by id.
@Suite struct DisplayOrderTests {
  private func reference(_ entities: [Entity], kind: EntityKind) -> [Int] {
    let folded = entities.map {
      TextFolding.words(in: $0.name, caseSensitive: false).map(\.folded).joined(separator: " ")
    }
    return entities.indices.filter { entities[$0].kind == kind }.sorted { left, right in
      if kind == .event {
        switch (entities[left].date, entities[right].date) {
        case (let leftDate?, let rightDate?) where leftDate != rightDate:
          return leftDate < rightDate
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
      }
      if folded[left] != folded[right] {
        return Array(folded[left].utf8).lexicographicallyPrecedes(Array(folded[right].utf8))
      }
      return entities[left].id < entities[right].id
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func integerKeysSortAsTheRulesSay(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let words = [
      "Astana", "astana", "Astana-Almaty", "Ålesund", "belt", "Belt and Road Initiative", "b",
    ]
    let entities = (0..<600).map { index in
      let kind = EntityKind.allCases[index % 3]
      var date: PartialDate?
      if kind == .event, Int.random(in: 0..<5, using: &generator) > 0 {
        let year = [-44, 1, 999, 2013, 2013, 2014].randomElement(using: &generator)!
        let month = Bool.random(using: &generator) ? Int.random(in: 1...12, using: &generator) : nil
        let day =
          month != nil && Bool.random(using: &generator)
          ? Int.random(in: 1...28, using: &generator) : nil
        date = try? PartialDate(year: year, month: month, day: day)
      }
      let name = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
        words.randomElement(using: &generator)!
      }.joined(separator: " ")
      return Entity(
        id: "x\(Int.random(in: 0..<10_000, using: &generator))-\(index)", kind: kind, name: name,
        type: "thing", date: date)
    }
    let order = DisplayOrder(EntityTable(entities).records)
    #expect(order.timeline == reference(entities, kind: .event))
    #expect(order.actors == reference(entities, kind: .actor))
    #expect(order.projects == reference(entities, kind: .project))
  }

  /// Ids outside ASCII (FtM's may be any text) compare as strings do, not by their bytes:
  /// "e" and a combining accent equals "é".
  /// A name folded only as far as the sort key needs begins as the whole name folded.
  @Test func aNameFoldedUpToALimitBeginsAsTheWholeFold() {
    let names = [
      "Besançon-Zürich x½y, Ålesund A\u{30A}lesund and more",
      "乌鲁木齐 Қазақстан café's naïve e\u{301}te",
      "\u{301}leading mark, Straße, ﬁne — “quoted” end", "x\u{2044}y 12\u{00BD} ¼ digits٣٤",
      "PLAIN ascii NAME that runs past twenty-four bytes", "short", "",
      "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}x",
    ]
    for name in names {
      var whole = FoldedTextWriter()
      whole.append(name)
      for limit in 0...40 {
        var limited = FoldedTextWriter()
        var copy = name
        copy.withUTF8 { limited.append(utf8: $0, upTo: limit) }
        let shown = min(limit, whole.bytes.count)
        #expect(limited.bytes.count >= shown, "\(name) \(limit)")
        #expect(Array(limited.bytes.prefix(shown)) == Array(whole.bytes.prefix(shown)), "\(name)")
      }
    }
  }

  @Test func tiesOnNamesCompareIdsAsStrings() {
    let entities = ["e\u{301}z", "\u{e9}a"].map {
      Entity(id: $0, kind: .actor, name: "Same Name", type: "person")
    }
    let order = DisplayOrder(EntityTable(entities).records)
    #expect(order.actors == [1, 0])
  }
}
