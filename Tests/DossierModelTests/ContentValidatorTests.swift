import Testing

@testable import DossierModel

/// The checks every imported format goes through, driven with hand-made importer output.
@Suite struct ContentValidatorTests {
  /// A file of three lines, one entity per line, as an importer of line-based data sees it.
  private let text = "a\nb\nc\n"

  private func validate(
    _ entities: [Entity], links: [Link] = [], sources: [Source] = [],
    dangling: DanglingLinkPolicy = .error
  ) -> (content: DossierContent?, problems: [String], warnings: [String]) {
    let bytes = Array(text.utf8)
    let problems = ProblemCollector(bytes: bytes)
    let warnings = ProblemCollector(bytes: bytes)
    let content = bytes.withUnsafeBufferPointer { buffer in
      let input = ImportInput(
        bytes: buffer, problems: problems, warnings: warnings, progress: nil,
        readTextFile: { _ in .failure(TextFileError(message: "none")) })
      var imported = ImportedContent(
        content: DossierContent(title: "T", sources: sources, entities: entities, links: links))
      imported.entityPositions = entities.indices.map {
        ReadPosition(offset: 2 * $0, path: "line \($0 + 1)")
      }
      imported.linkPositions = links.indices.map { _ in
        LinkPosition(path: "line 3", fromOffset: 4, toOffset: 5, fromKey: "payer", toKey: "payee")
      }
      imported.danglingLinks = dangling
      return ContentValidator.validate(imported, input: input)?.content
    }
    return (
      content, problems.problems(file: "f").map(\.description),
      warnings.problems(file: "f").map(\.warningDescription)
    )
  }

  private func entity(_ id: String) -> Entity {
    Entity(id: id, kind: .actor, name: id.uppercased(), type: "person")
  }

  @Test func cleanContentPassesUnchanged() {
    let links = [Link(from: "a", to: "b", relation: "r")]
    let result = validate([entity("a"), entity("b")], links: links)
    #expect(result.problems.isEmpty)
    #expect(result.warnings.isEmpty)
    #expect(result.content?.links == links)
  }

  @Test func aDuplicateIDIsAnErrorAtTheSecondNamingTheFirst() {
    let result = validate([entity("a"), entity("b"), entity("a")])
    #expect(result.content == nil)
    #expect(
      result.problems == [
        #"f:3:1: line 3.id: duplicate entity id "a" (first defined at line 1, column 1)"#
      ])
  }

  @Test func anEmptyIDIsAnError() {
    let result = validate([entity("")])
    #expect(result.problems == ["f:1:1: line 1.id: must not be empty"])
  }

  @Test func aDanglingLinkIsAnErrorWithSuggestionsWhereTheFormatSaysSo() {
    let result = validate(
      [entity("alpha"), entity("beta")], links: [Link(from: "alpha", to: "betta", relation: "r")])
    #expect(result.content == nil)
    #expect(
      result.problems == [#"f:3:2: line 3.payee: unknown entity "betta"; did you mean "beta"?"#])
  }

  @Test func aDanglingLinkIsAWarningAndLeftOutWherePartialExportsAreNormal() {
    let kept = Link(from: "a", to: "b", relation: "r")
    let result = validate(
      [entity("a"), entity("b")], links: [Link(from: "x", to: "b", relation: "r"), kept],
      dangling: .warnAndDrop)
    #expect(result.problems.isEmpty)
    #expect(result.content?.links == [kept])
    #expect(
      result.warnings == [
        #"f:3:1: warning: line 3.payer: entity "x" is not in the file; the link is left out"#
      ])
  }

  @Test func evidenceMustNameAKnownSourceAndQuoteItsText() {
    let quoted = Entity(
      id: "a", kind: .actor, name: "A", type: "person",
      evidence: [
        Evidence(sourceID: "s", quote: "the quick fox"), Evidence(sourceID: "t", quote: "x"),
        Evidence(sourceID: "s", quote: "quick  brown"),
        Evidence(sourceID: "untold", quote: "anything: this source has no text to check"),
      ])
    let result = validate(
      [quoted],
      sources: [
        Source(id: "s", title: "S", text: "The quick\nbrown fox."),
        Source(id: "untold", title: "U"),
      ])
    #expect(
      result.problems == [
        #"f: entity "a".evidence: quote not found verbatim in the text of source "s""#,
        #"f: entity "a".evidence: unknown source "t""#,
      ])
  }
}
