import Testing

@testable import DossierModel

@Suite struct NearestMatchesTests {
  @Test func suggestsTypos() {
    let ids = ["kazakhstan", "china", "xi-jinping", "kassym-jomart-tokayev"]
    #expect(NearestMatches.nearest(to: "kazakstan", among: ids) == ["kazakhstan"])
    #expect(NearestMatches.nearest(to: "chnia", among: ids) == ["china"])
    #expect(NearestMatches.nearest(to: "xi-jinpin", among: ids) == ["xi-jinping"])
    #expect(NearestMatches.nearest(to: "tokayev", among: ids).isEmpty)
    #expect(NearestMatches.nearest(to: "zzz", among: ids).isEmpty)
    #expect(NearestMatches.nearest(to: "anything", among: []).isEmpty)
  }

  @Test func nearestFirstThenAlphabeticalAndLimited() {
    let candidates = ["cart", "care", "car", "cat", "dog", "cars"]
    #expect(NearestMatches.nearest(to: "car", among: candidates) == ["car", "care", "cars"])
    #expect(
      NearestMatches.nearest(to: "car", among: candidates, limit: 5) == [
        "car", "care", "cars", "cart", "cat",
      ])
    #expect(NearestMatches.nearest(to: "car", among: candidates, limit: 1) == ["car"])
    #expect(NearestMatches.nearest(to: "car", among: candidates, limit: 0).isEmpty)
  }

  @Test func prefixesAreSuggested() {
    #expect(
      NearestMatches.nearest(to: "gulf-observer", among: ["gulf-observer-bri", "other"])
        == ["gulf-observer-bri"])
    #expect(NearestMatches.nearest(to: "summary-text", among: ["summary", "name"]) == ["summary"])
  }

  @Test func thresholdGrowsWithTheWordLength() {
    // Two edits are always allowed; longer words allow a third of their length.
    #expect(NearestMatches.nearest(to: "abcd", among: ["abxy"]) == ["abxy"])
    #expect(NearestMatches.nearest(to: "abcd", among: ["axyz"]).isEmpty)
    #expect(NearestMatches.nearest(to: "abcdefghi", among: ["abcdefxyz"]) == ["abcdefxyz"])
    #expect(NearestMatches.nearest(to: "abcdefghi", among: ["abcdewxyz"]).isEmpty)
  }

  @Test func editDistance() {
    func distance(_ left: String, _ right: String) -> Int {
      NearestMatches.editDistance(Array(left.unicodeScalars), Array(right.unicodeScalars))
    }
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("", "abc") == 3)
    #expect(distance("abc", "") == 3)
    #expect(distance("same", "same") == 0)
    #expect(distance("flaw", "lawn") == 2)
    #expect(distance("é", "e") == 1)
    #expect(distance("ab", "ba") == 2)
  }

  @Test func didYouMean() {
    #expect(NearestMatches.didYouMean([]) == "")
    #expect(NearestMatches.didYouMean(["a"]) == "; did you mean \"a\"?")
    #expect(NearestMatches.didYouMean(["a", "b"]) == "; did you mean \"a\" or \"b\"?")
    #expect(NearestMatches.didYouMean(["a", "b", "c"]) == "; did you mean \"a\", \"b\" or \"c\"?")
  }

  @Test func bundledSuggestions() throws {
    let dossier = try bundledDossier()
    #expect(dossier.suggestions(for: "kazakstan").first == "kazakhstan")
    #expect(dossier.suggestions(for: "zhanatas-windfarm").first == "zhanatas-wind-farm")
    #expect(dossier.suggestions(for: "xi-jinping", limit: 1) == ["xi-jinping"])
  }
}
