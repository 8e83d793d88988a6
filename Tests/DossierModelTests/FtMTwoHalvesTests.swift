import Testing

@testable import DossierModel

/// An FtM stream read in two halves on two threads gives exactly what one pass gives:
/// the same entities, links, names made from other entities, link ends, problems and
/// warnings, wherever the middle falls.
@Suite struct FtMTwoHalvesTests {
  private struct Outcome: Equatable {
    let content: DossierContent?
    let entities: [Entity]?
    let links: [Link]?
    let from: [Int32]?
    let to: [Int32]?
    let problems: [String]
    let warnings: [String]
  }

  private func read(_ text: String, twoHalvesFrom minimumSize: Int, chunks: Int = 2) -> Outcome {
    let bytes = Array(text.utf8)
    let problems = ProblemCollector(bytes: bytes)
    let warnings = ProblemCollector(bytes: bytes)
    let imported = bytes.withUnsafeBufferPointer { buffer -> ImportedContent? in
      let input = ImportInput(
        bytes: buffer, problems: problems, warnings: warnings, progress: nil,
        readTextFile: { _ in .failure(TextFileError(message: "none")) })
      var builder = FtMContentBuilder(problems: problems, warnings: warnings)
      let reader = FtMStreamReader(
        input: input, twoHalvesMinimumSize: minimumSize, chunkCount: chunks)
      guard reader.read(into: &builder) else { return nil }
      return builder.finish(input)
    }
    return Outcome(
      content: imported?.content, entities: imported?.tables.map { Array($0.entities) },
      links: imported?.tables.map { Array($0.links) }, from: imported?.linkEnds?.from,
      to: imported?.linkEnds?.to,
      problems: problems.problems(file: "f").map(\.description),
      warnings: warnings.problems(file: "f").map(\.warningDescription))
  }

  /// Entities, edges that become links, names made from the entities an edge joins
  /// (some read in the other half), and, when `broken`, lines with problems and warnings.
  private func lines(broken: Bool) -> [String] {
    var lines = [
      #"{"id":"c1","schema":"Company","properties":{"name":["Acme"]}}"#,
      #"{"id":"p1","schema":"Person","properties":{"name":["Jane"]}}"#,
      #"{"id":"pay1","schema":"Payment","properties":{"payer":["c1"],"beneficiary":["p2"],"#
        + #""amount":["1200"],"currency":["EUR"],"date":["2020-01-02"]}}"#,
      #"{"id":"own1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c2"]}}"#,
      "",
      #"{"id":"p2","schema":"Person","properties":{"name":["Joe"],"nationality":["kz"]}}"#,
      #"{"id":"c2","schema":"Company","properties":{"name":["Beta"],"country":["kz"]}}"#,
      #"{"id":"san","schema":"Sanction","properties":{"entity":["p1"],"program":["EU"],"#
        + #""startDate":["2021"]}}"#,
      #"{"id":"pay2","schema":"Payment","properties":{"payer":["c2"],"beneficiary":["c1"]}}"#,
    ]
    if broken {
      lines += [
        #"{"id":"x","schema":"Persn","properties":{}}"#,
        "not json",
        #"{"id":"p3","schema":"Person","properties":{"birthDate":["once"]}}"#,
        #"{"id":"c1","schema":"Company","properties":{"name":["Again"]}}"#,
        #"{"id":"pay3","schema":"Payment","properties":{"payer":["zz"],"beneficiary":["c2"]}}"#,
      ]
    }
    return lines
  }

  /// With two chunks, the halves meet at the middle; with many, either thread may take
  /// any number of the other's last chunks, each read into a builder of its own.
  @Test(arguments: [false, true], [2, 64])
  func everyMiddleGivesWhatOnePassGives(broken: Bool, chunks: Int) {
    let all = lines(broken: broken)
    var compared = 0
    for count in 2...all.count {
      for rotation in 0..<count {
        let chosen = Array(all[rotation..<count] + all[0..<rotation])
        let text = chosen.joined(separator: "\n")
        let onePass = read(text, twoHalvesFrom: .max)
        #expect(read(text, twoHalvesFrom: 0, chunks: chunks) == onePass, "\(chosen)")
        compared += 1
      }
    }
    #expect(compared > 40)
  }

  @Test func aCleanStreamGivesContentAndNoProblems() {
    let outcome = read(lines(broken: false).joined(separator: "\n"), twoHalvesFrom: 0)
    #expect(outcome.problems.isEmpty)
    #expect(outcome.entities?.count == 7)
    #expect(outcome.entities?.contains { $0.name == "Payment 1,200 EUR: Acme → Joe" } == true)
  }

  @Test(arguments: ["aleph-export.json", "aleph-payments.ftm.json", "opensanctions.ijson"])
  func fixturesGiveWhatOnePassGives(fixture: String) throws {
    let text = String(decoding: try ftmFixture(fixture), as: UTF8.self)
    let onePass = read(text, twoHalvesFrom: .max)
    #expect(read(text, twoHalvesFrom: 0) == onePass)
    #expect(read(text, twoHalvesFrom: 0, chunks: 1000) == onePass)
  }
}
