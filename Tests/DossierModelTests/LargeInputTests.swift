import Testing

@testable import DossierModel

/// Inputs that made loading, checking or highlighting take the square of their size:
/// each now finishes, with the same answers as before. (Their timings are in
/// dossier-bench's `hostile` run, not here.)
@Suite("Large hostile inputs")
struct LargeInputTests {
  @Test func highlightingALongWordFindsItsParts() {
    let word = String(repeating: "ab", count: 50_000) + "power"
    let query = SearchQuery("power")
    let ranges = query.highlightRanges(in: "x " + word)
    #expect(ranges.count == 1)
    #expect(ranges.first.map { String(("x " + word)[$0]) } == "power")
    let prefix = SearchQuery("abab").highlightRanges(in: word)
    #expect(prefix.map { word.distance(from: word.startIndex, to: $0.upperBound) } == [4])
  }

  @Test func aLongCJKTextIsHighlighted() {
    let text = String(repeating: "中国哈萨克斯坦", count: 7_000)
    let ranges = SearchQuery("中国").highlightRanges(in: text)
    #expect(ranges.first?.lowerBound == text.startIndex)
  }

  @Test func manyUnknownFieldsOnOneLineAreLocatedWhereTheyAre() {
    let fields = (0..<20_000).map { "\"unknown\($0)\": 1" }.joined(separator: ", ")
    let json =
      #"{"format": "dossier", "version": 1, "title": "T", "#
      + #""actors": [{"id": "a", "name": "A", "type": "person", "# + fields + "}]}"
    let problems = loadProblems(json)
    #expect(problems.count == 20_000)
    // Each column, counted on from the one before, is where its key starts.
    for (number, problem) in problems.enumerated() where number % 997 == 0 {
      let offset = json.utf8.count - json.split(separator: "\"unknown\(number)\"")[1].utf8.count
      let column = offset - "\"unknown\(number)\"".utf8.count + 1
      #expect(problem.hasPrefix("test.json:1:\(column): "), "\(problem)")
    }
  }

  @Test func manyDanglingReferencesAreEachReported() {
    var builder = DossierBuilder()
    for number in 0..<5_000 { builder.actor("actor-\(number)", name: "A") }
    for number in 0..<3_000 { builder.link("actor-\(number)", "knows", "missing-\(number)") }
    for _ in 0..<3_000 { builder.link("actor-1", "knows", "actor-4999x") }
    let problems = loadProblems(builder.json)
    #expect(problems.count == 6_000)
    #expect(
      problems.contains {
        $0.contains("unknown entity \"actor-4999x\"; did you mean \"actor-4999\"")
      })
  }

  @Test func aQuoteThatAlmostRepeatsItsTextIsCheckedInLinearTime() {
    let text = String(repeating: "a", count: 1_000_000)
    let matcher = QuoteMatcher(text: text)
    #expect(!matcher.contains(String(repeating: "a", count: 500_000) + "b"))
    #expect(matcher.contains(String(repeating: "a", count: 500_000)))
  }

  @Test func theFinderSuggestsWhileItsBudgetLastsThenStops() {
    var finder = NearestMatchFinder(among: ["kazakhstan", "china"], workBudget: 1)
    #expect(finder.nearest(to: "kazakstan") == ["kazakhstan"])
    #expect(finder.nearest(to: "kazakstan") == ["kazakhstan"], "asked again: from memory")
    #expect(finder.nearest(to: "chna") == [], "the budget is spent")
  }
}
