import Testing

@testable import DossierModel

/// The per-entity arrays of a search are reused by later searches, their levels only
/// ever growing; near the end of the levels they are cleared before a search begins.
@Suite struct MatchRunTests {
  private func makeDossier() throws -> Dossier {
    var builder = DossierBuilder()
    builder.actor("belt", name: "Belt and Road", summary: "A road of belts.")
    builder.actor("road", name: "Road map")
    builder.project("map", name: "Map of the belt")
    builder.event("sun", name: "Sunrise over Astana", date: "2013", summary: "Belt road.")
    return try #require(builder.load())
  }

  /// The entities the names and bodies of `dossier` match for `text`, as a run gives them.
  private func matched(_ text: String, in dossier: Dossier, by run: inout MatchRun) -> Set<Int> {
    let index = dossier.searchIndex
    let words = SearchQuery(text).words
    let entries = words.enumerated().map { position, word in
      let queryWord = QueryWord(
        form: Array(word.utf8), lowercase: Array(word.utf8), isLast: position == words.count - 1)
      return [index.names, index.bodies].map {
        QueryWordEntries(queryWord, in: $0.vocabulary, caseSensitive: false, insideWords: false)
      }
    }
    run.beginSearch(wordCount: words.count)
    var found: Set<Int> = []
    for _ in 0..<MatchRun.runsPerSearch {
      found = Set(
        run.run(
          entries, in: [index.names, index.bodies], lastWord: words.count - 1,
          shouldStop: { false })!)
    }
    return found
  }

  @Test func searchesNearTheEndOfTheLevelsMatchAsTheFirstSearchesDo() throws {
    let dossier = try makeDossier()
    let queries = ["belt", "road", "belt r", "map", "sun", "astana", "belt road", "ro"]
    var fresh = MatchRun(entityCount: dossier.entities.count)
    var worn = MatchRun(entityCount: dossier.entities.count, firstLevel: UInt32.max - 40)
    var queriesWithMatches = 0
    for _ in 0..<3 {
      for query in queries {
        let expected = matched(query, in: dossier, by: &fresh)
        #expect(matched(query, in: dossier, by: &worn) == expected, "query \(query)")
        if !expected.isEmpty { queriesWithMatches += 1 }
      }
    }
    #expect(queriesWithMatches == 3 * queries.count)
  }
}
