import Testing

@testable import DossierModel

private let allKinds = Set(EntityKind.allCases)

/// Ids of the entities matching `query`, best first.
private func searchIDs(
  _ dossier: Dossier, _ query: String, kinds: Set<EntityKind> = allKinds, limit: Int? = nil
) -> [String] {
  dossier.searchIndex.search(SearchQuery(query), kinds: kinds, limit: limit).map {
    dossier.entities[$0.entityIndex].id
  }
}

@Suite struct SearchMatchingTests {
  private func makeDossier() throws -> Dossier {
    var builder = DossierBuilder()
    builder.actor("china", name: "China")
    builder.project("porcelain", name: "Porcelain", summary: "Fine china from Jingdezhen.")
    builder.actor("alesund", name: "Ålesund")
    builder.actor("alesund-decomposed", name: "A\u{30A}lesund harbour")
    builder.project("zhanatas", name: "Zhanatás wind farm")
    builder.project("zhanatas-plain", name: "Zhanatas substation")
    builder.project("turgusun", name: "Turgusun hydropower plant")
    builder.event("visit", name: "State visit", date: "2013", summary: "A visit to Astana.")
    return try #require(builder.load())
  }

  @Test func caseInsensitiveForLowercaseQueries() throws {
    let dossier = try makeDossier()
    #expect(Set(searchIDs(dossier, "china")) == ["china", "porcelain"])
    #expect(searchIDs(dossier, "turgusun") == ["turgusun"])
    #expect(searchIDs(dossier, "state visit") == ["visit"])
  }

  @Test func smartCaseMakesCapitalisedQueriesCaseSensitive() throws {
    let dossier = try makeDossier()
    #expect(searchIDs(dossier, "China") == ["china"])
    #expect(searchIDs(dossier, "Chin") == ["china"])
    #expect(searchIDs(dossier, "CHINA").isEmpty)
    #expect(searchIDs(dossier, "State Visit").isEmpty)
    #expect(searchIDs(dossier, "State visit") == ["visit"])
    #expect(SearchQuery("China").isCaseSensitive)
    #expect(!SearchQuery("china 2013").isCaseSensitive)
  }

  @Test func diacriticInsensitive() throws {
    let dossier = try makeDossier()
    #expect(Set(searchIDs(dossier, "alesund")) == ["alesund", "alesund-decomposed"])
    #expect(Set(searchIDs(dossier, "ålesund")) == ["alesund", "alesund-decomposed"])
    #expect(Set(searchIDs(dossier, "Ålesund")) == ["alesund", "alesund-decomposed"])
    #expect(Set(searchIDs(dossier, "zhanatas")) == ["zhanatas", "zhanatas-plain"])
    #expect(Set(searchIDs(dossier, "zhanatás")) == ["zhanatas", "zhanatas-plain"])
    #expect(Set(searchIDs(dossier, "ZHANATAS")).isEmpty)
  }

  @Test func everyWordMustMatch() throws {
    let dossier = try makeDossier()
    #expect(searchIDs(dossier, "zhanatas wind") == ["zhanatas"])
    #expect(searchIDs(dossier, "zhanatas substation") == ["zhanatas-plain"])
    #expect(searchIDs(dossier, "zhanatas hydropower").isEmpty)
    #expect(searchIDs(dossier, "visit astana") == ["visit"])
  }

  @Test func onlyTheLastWordMatchesAsAPrefix() throws {
    let dossier = try makeDossier()
    #expect(searchIDs(dossier, "hydro") == ["turgusun"])
    #expect(searchIDs(dossier, "turgusun hydro") == ["turgusun"])
    #expect(searchIDs(dossier, "hydro plant").isEmpty)
    #expect(searchIDs(dossier, "turg hydropower").isEmpty)
    #expect(searchIDs(dossier, "plant turg") == ["turgusun"])
  }

  @Test func emptyQueriesMatchNothing() throws {
    let dossier = try makeDossier()
    for text in ["", "   ", ",.;", "–"] {
      #expect(SearchQuery(text).isEmpty, "\(text)")
      #expect(searchIDs(dossier, text).isEmpty, "\(text)")
    }
  }

  @Test func bundledSearches() throws {
    let dossier = try bundledDossier()
    #expect(searchIDs(dossier, "hydro").contains("turgusun-hydropower-plant"))
    #expect(searchIDs(dossier, "hydro").first == "turgusun-hydropower-plant")
    #expect(!searchIDs(dossier, "hydro plant").contains("turgusun-hydropower-plant"))
    #expect(searchIDs(dossier, "zhanatas").first == "zhanatas-wind-farm")
    #expect(searchIDs(dossier, "golden eagle").first == "golden-eagle-award-2022")
    #expect(searchIDs(dossier, "xyzzy").isEmpty)
  }

  @Test func bundledSearchFindsEveryEntityByItsName() throws {
    let dossier = try bundledDossier()
    for entity in dossier.entities {
      let hits = dossier.searchIndex.search(SearchQuery(entity.name), kinds: allKinds)
      let hit = hits.first { dossier.entities[$0.entityIndex].id == entity.id }
      #expect(hit?.field == .name, "\(entity.id)")
      #expect(hit?.isExact == true, "\(entity.id)")
      let lowered = dossier.searchIndex.search(
        SearchQuery(TextFolding.fold(entity.name)), kinds: [entity.kind])
      #expect(lowered.contains { dossier.entities[$0.entityIndex].id == entity.id }, "\(entity.id)")
    }
  }
}

@Suite struct SearchRankingTests {
  private func makeDossier() throws -> Dossier {
    var builder = DossierBuilder()
    builder.source("s")
    builder.event(
      "q-event", name: "Quarterly meeting", date: "2001",
      quotes: [.init(source: "s", text: "The delta region.")])
    builder.event("s-event", name: "Summit", date: "2002", summary: "Held in the delta.")
    builder.event("a-event", name: "Accord", date: "2003", aliases: ["Delta accord"])
    builder.event("n-late", name: "Delta conference", date: "2004")
    builder.event("n-early", name: "Delta forum", date: "1999")
    builder.event("p-early", name: "Deltaform launch", date: "1990")
    builder.actor("actor-delta", name: "Delta")
    builder.project("project-delta", name: "delta works")
    return try #require(builder.load())
  }

  @Test func wholeNameThenNameStartThenByFieldExactBeforePrefixThenTimeline() throws {
    let dossier = try makeDossier()
    let hits = dossier.searchIndex.search(SearchQuery("delta"), kinds: allKinds)
    #expect(
      hits.map { dossier.entities[$0.entityIndex].id } == [
        "actor-delta",  // the whole name
        "n-early", "n-late", "project-delta",  // names that begin with it: events by date
        "p-early",  // a name that begins with it as a prefix still beats an alias
        "a-event",  // an alias that begins with it
        "s-event", "q-event",
      ])
    #expect(
      hits.map(\.nameMatch) == [.whole, .start, .start, .start, .start, .start, .other, .other])
    #expect(hits.map(\.field) == [.name, .name, .name, .name, .name, .alias, .summary, .quote])
    #expect(hits.map(\.isExact) == [true, true, true, true, false, true, true, true])
  }

  @Test func aWordInsideALongerNameWordRanksLast() throws {
    let dossier = try bundledDossier()
    let hits = dossier.searchIndex.search(SearchQuery("power"), kinds: allKinds)
    let ids = hits.map { dossier.entities[$0.entityIndex].id }
    #expect(ids.contains("turgusun-hydropower-plant"), "\(ids)")
    let inside = try #require(hits.first { $0.isInsideWord })
    let firstInside = hits.firstIndex { $0.isInsideWord } ?? hits.endIndex
    let insideAreLast = hits[firstInside...].allSatisfy { $0.isInsideWord }
    #expect(insideAreLast, "inside hits come last")
    #expect(dossier.entities[inside.entityIndex].id == "turgusun-hydropower-plant")
    #expect(searchIDs(dossier, "po").contains("turgusun-hydropower-plant") == false)
  }

  @Test func aWholeAliasRanksLikeAWholeName() throws {
    let dossier = try makeDossier()
    let hits = dossier.searchIndex.search(SearchQuery("delta accord"), kinds: allKinds)
    #expect(hits.map { dossier.entities[$0.entityIndex].id } == ["a-event"])
    #expect(hits.first?.nameMatch == .whole)
  }

  @Test func smartCaseRanksByNameToo() throws {
    let dossier = try makeDossier()
    #expect(searchIDs(dossier, "Delta").first == "actor-delta")
    #expect(searchIDs(dossier, "Delta f") == ["n-early"])
  }

  @Test func theWeakestFieldOfAllWordsCounts() throws {
    let dossier = try makeDossier()
    let hits = dossier.searchIndex.search(SearchQuery("summit delta"), kinds: allKinds)
    #expect(hits.map { dossier.entities[$0.entityIndex].id } == ["s-event"])
    #expect(hits.first?.field == .summary)

    let quoted = dossier.searchIndex.search(SearchQuery("quarterly region"), kinds: allKinds)
    #expect(quoted.map { dossier.entities[$0.entityIndex].id } == ["q-event"])
    #expect(quoted.first?.field == .quote)
  }

  @Test func kindsFilter() throws {
    let dossier = try makeDossier()
    #expect(
      searchIDs(dossier, "delta", kinds: [.actor, .project]) == ["actor-delta", "project-delta"])
    #expect(searchIDs(dossier, "delta", kinds: [.project]) == ["project-delta"])
    #expect(searchIDs(dossier, "delta", kinds: []).isEmpty)
    #expect(searchIDs(dossier, "delta", kinds: [.event]).count == 6)
  }

  @Test func limit() throws {
    let dossier = try makeDossier()
    let all = searchIDs(dossier, "delta")
    #expect(searchIDs(dossier, "delta", limit: 3) == Array(all.prefix(3)))
    #expect(searchIDs(dossier, "delta", limit: 1) == ["actor-delta"])
    #expect(searchIDs(dossier, "delta", limit: 0).isEmpty)
    #expect(searchIDs(dossier, "delta", limit: 100) == all)
  }

  @Test func bundledGoldenEagleRanksTheAwardFirst() throws {
    let dossier = try bundledDossier()
    let hits = dossier.searchIndex.search(SearchQuery("golden eagle"), kinds: allKinds)
    let first = try #require(hits.first)
    #expect(dossier.entities[first.entityIndex].id == "golden-eagle-award-2022")
    #expect(first.field == .name && first.isExact)
    // Ranking is monotonic: fields never get better further down the list.
    #expect(hits.map(\.field) == hits.map(\.field).sorted())
  }
}

@Suite struct HighlightTests {
  /// The highlighted parts of `text`, as exact scalar slices.
  private func highlighted(_ query: String, in text: String) -> [String] {
    SearchQuery(query).highlightRanges(in: text).map { String(text.unicodeScalars[$0]) }
  }

  /// Scalar offsets of the highlighted ranges.
  private func offsets(_ query: String, in text: String) -> [Range<Int>] {
    let scalars = text.unicodeScalars
    return SearchQuery(query).highlightRanges(in: text).map { range in
      scalars.distance(
        from: scalars.startIndex, to: range.lowerBound)..<scalars.distance(
          from: scalars.startIndex, to: range.upperBound)
    }
  }

  @Test func exactWordsAreHighlightedWhole() {
    #expect(highlighted("plant", in: "Turgusun hydropower plant") == ["plant"])
    #expect(offsets("plant", in: "Turgusun hydropower plant") == [20..<25])
    #expect(highlighted("wind farm", in: "Zhanatas wind farm, wind") == ["wind", "farm", "wind"])
  }

  @Test func prefixMatchesHighlightOnlyThePrefix() {
    #expect(highlighted("hydro", in: "Turgusun hydropower plant") == ["hydro"])
    #expect(offsets("hydro", in: "Turgusun hydropower plant") == [9..<14])
    #expect(highlighted("golden ea", in: "Order of the Golden Eagle") == ["Golden", "Ea"])
    #expect(highlighted("golden", in: "golden goldenrod") == ["golden", "golden"])
    #expect(offsets("golden", in: "golden goldenrod") == [0..<6, 7..<13])
  }

  @Test func wordsInsideLongerWordsHighlightTheirPart() {
    #expect(highlighted("power", in: "Turgusun hydropower plant") == ["power"])
    #expect(offsets("power", in: "Turgusun hydropower plant") == [14..<19])
    #expect(highlighted("atas", in: "Zhanatás wind farm") == ["atás"])
    #expect(highlighted("nata", in: "Zhanata\u{301}s") == ["nata\u{301}"])
    #expect(highlighted("po", in: "Turgusun hydropower plant").isEmpty, "too short")
    #expect(highlighted("wind", in: "windpower wind") == ["wind", "wind"], "starts, not inside")
  }

  @Test func nonLastWordsAreNotHighlightedAsPrefixes() {
    #expect(highlighted("hydro plant", in: "Turgusun hydropower plant") == ["plant"])
  }

  @Test func diacritics() {
    #expect(highlighted("zhanatas", in: "Zhanatás wind farm") == ["Zhanatás"])
    #expect(highlighted("zhanata", in: "Zhanatás wind farm") == ["Zhanatá"])
    #expect(highlighted("zhan", in: "Zhanatás wind farm") == ["Zhan"])
    #expect(highlighted("alesund", in: "Port of Ålesund") == ["Ålesund"])
    #expect(highlighted("ale", in: "Port of Ålesund") == ["Åle"])
    #expect(highlighted("zhanatás", in: "Zhanatas") == ["Zhanatas"])
  }

  @Test func decomposedAccentsStayWithTheirLetter() {
    // "Zhanata" + COMBINING ACUTE ACCENT + "s": the accent belongs to the prefix's last letter.
    let decomposed = "Zhanata\u{301}s wind farm"
    #expect(highlighted("zhanatas", in: decomposed) == ["Zhanata\u{301}s"])
    #expect(highlighted("zhanata", in: decomposed) == ["Zhanata\u{301}"])
    #expect(highlighted("zhanat", in: decomposed) == ["Zhanat"])
    for range in SearchQuery("zhanata").highlightRanges(in: decomposed) {
      // A highlight never splits a character.
      #expect(String(decomposed[range]) == String(decomposed.unicodeScalars[range]))
    }
  }

  @Test func smartCaseHighlightsOnlyMatchingCase() {
    #expect(offsets("China", in: "china and China") == [10..<15])
    #expect(offsets("china", in: "china and China") == [0..<5, 10..<15])
  }

  @Test func nothingToHighlight() {
    #expect(highlighted("", in: "Anything").isEmpty)
    #expect(highlighted("delta", in: "Alpha Beta").isEmpty)
    #expect(highlighted("beta", in: "").isEmpty)
  }
}

@Suite struct TextFoldingTests {
  @Test func fold() {
    #expect(TextFolding.fold("Ålesund") == "alesund")
    #expect(TextFolding.fold("ZHANATÁS") == "zhanatas")
    #expect(TextFolding.fold("A\u{30A}lesund") == "alesund")
    #expect(TextFolding.fold("Çelik Öztürk") == "celik ozturk")
    #expect(TextFolding.fold("plain text 123") == "plain text 123")
  }

  @Test func words() {
    let words = TextFolding.words(
      in: "Xi’s state-visit, 2013: $41bn — Zhanatás!", caseSensitive: false)
    #expect(words.map(\.folded) == ["xi", "s", "state", "visit", "2013", "41bn", "zhanatas"])
    let cased = TextFolding.words(in: "Ålesund CHINA", caseSensitive: true)
    #expect(cased.map(\.folded) == ["Alesund", "CHINA"])
    let text = "one  two"
    let ranges = TextFolding.words(in: text, caseSensitive: false).map { String(text[$0.range]) }
    #expect(ranges == ["one", "two"])
    #expect(TextFolding.words(in: "风力 发电", caseSensitive: false).map(\.folded) == ["风力", "发电"])
  }

  /// The index's folding writer folds random text as `TextFolding` folds it: the same
  /// words, each followed by one space, with and without capitals.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func writerFoldsAsTextFoldingDoes(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let pieces = [
      "a", "Z", "q9", "ABC", "Ålesund", "ß", "Ø", "ﬃ", "\u{301}", " ", "-", "’", "风力", "İ", "Σ",
      "0", ".", "\t", "éa", "ÇELİK",
    ]
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      for caseSensitive in [false, true] {
        var writer = FoldedTextWriter(preservingCase: caseSensitive)
        writer.append(text)
        let expected = TextFolding.words(in: text, caseSensitive: caseSensitive).map {
          $0.folded + " "
        }.joined()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "\(text)")
      }
    }
  }

  @Test func containsUppercase() {
    #expect(TextFolding.containsUppercase("China"))
    #expect(TextFolding.containsUppercase("ålesund Å"))
    #expect(!TextFolding.containsUppercase("ålesund 2013 风"))
  }
}
