import BundledDossier
import Testing

@testable import DossierModel

/// Damages the bundled dossier in many deterministic ways and checks that the loader
/// either loads the result or explains, with positions inside the file, why it cannot.
@Suite struct MutationTests {
  private let original = BundledDossier.bytes
  private let textFiles = bundledTextFiles()

  private enum Outcome {
    case loaded(Dossier)
    case rejected([LoadProblem])
  }

  /// Loads `bytes` and checks the invariants every outcome must satisfy.
  private func check(
    _ bytes: [UInt8], _ mutation: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Outcome {
    do {
      let dossier = try DossierLoader.load(
        .bytes(bytes, fileName: "mutated.json") { name in textFiles[name] }
      ).dossier
      return .loaded(dossier)
    } catch {
      let problems = error.problems
      #expect(!problems.isEmpty, "\(mutation)", sourceLocation: sourceLocation)
      for problem in problems {
        #expect(problem.file == "mutated.json", sourceLocation: sourceLocation)
        #expect(!problem.message.isEmpty, "\(mutation)", sourceLocation: sourceLocation)
        guard let line = problem.line, let column = problem.column else {
          Issue.record("\(mutation): problem without a position: \(problem)")
          continue
        }
        #expect(
          isWithin(bytes, line: line, column: column), "\(mutation): \(problem)",
          sourceLocation: sourceLocation)
      }
      let positions = problems.compactMap { problem in
        problem.line.flatMap { line in problem.column.map { (line, $0) } }
      }
      #expect(
        zip(positions, positions.dropFirst()).allSatisfy { $0 <= $1 },
        "\(mutation): problems out of file order", sourceLocation: sourceLocation)
      return .rejected(problems)
    }
  }

  /// Offsets of every occurrence of `pattern` in the original.
  private func occurrences(of pattern: String) -> [Int] {
    let needle = Array(pattern.utf8)
    guard original.count >= needle.count else { return [] }
    return (0...(original.count - needle.count)).filter { start in
      original[start] == needle[0] && Array(original[start..<(start + needle.count)]) == needle
    }
  }

  /// The range of the string literal that starts at `quote` (its quotes included).
  private func stringLiteral(at quote: Int) -> Range<Int> {
    var index = quote + 1
    while original[index] != UInt8(ascii: "\"") {
      index += original[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    return quote..<(index + 1)
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: original[range], as: UTF8.self)
  }

  @Test func theOriginalLoads() {
    guard case .loaded = check(original, "original") else {
      Issue.record("the bundled dossier must load")
      return
    }
  }

  @Test func truncation() {
    var random = SeededGenerator(seed: 1)
    let contentEnd = (original.lastIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } ?? 0) + 1
    var offsets = Set(stride(from: 0, to: original.count, by: 97))
    while offsets.count < 400 { offsets.insert(Int.random(in: 0..<original.count, using: &random)) }
    for offset in offsets.sorted() {
      let outcome = check(Array(original[..<offset]), "truncated at \(offset)")
      if offset < contentEnd {
        // A cut-off JSON object is never valid: exactly one syntax problem.
        guard case .rejected(let problems) = outcome else {
          Issue.record("truncated at \(offset): loaded")
          continue
        }
        #expect(problems.count == 1, "truncated at \(offset)")
      }
    }
  }

  @Test func deletingABracketOrBrace() {
    var random = SeededGenerator(seed: 2)
    let brackets = original.indices.filter { "{}[]".utf8.contains(original[$0]) }
    #expect(brackets.count > 100)
    for _ in 0..<150 {
      let index = brackets.randomElement(using: &random)!
      var bytes = original
      bytes.remove(at: index)
      // The bundled texts hold no brackets, so every one of them is structural.
      guard
        case .rejected = check(
          bytes, "deleted \(Character(Unicode.Scalar(original[index]))) at \(index)")
      else {
        Issue.record("deleting the bracket at \(index) still loads")
        continue
      }
    }
  }

  @Test func stringValueReplacedByANumber() {
    var random = SeededGenerator(seed: 3)
    let values = occurrences(of: ": \"").map { stringLiteral(at: $0 + 2) }
    #expect(values.count > 50)
    for _ in 0..<80 {
      let range = values.randomElement(using: &random)!
      var bytes = original
      bytes.replaceSubrange(range, with: Array("42".utf8))
      let outcome = check(bytes, "\(text(range)) → 42")
      guard case .rejected(let problems) = outcome else {
        Issue.record("\(text(range)) → 42 still loads")
        continue
      }
      #expect(
        problems.contains { $0.message.contains("found a number") },
        "\(text(range)) → 42: \(problems)")
    }
  }

  @Test func duplicatedEntityID() {
    var random = SeededGenerator(seed: 4)
    let ids = occurrences(of: "\"id\": \"").map { stringLiteral(at: $0 + 6) }
    // The first "id" belongs to the source; the others are entities.
    let entityIDs = Array(ids.dropFirst())
    #expect(entityIDs.count > 10)
    for _ in 0..<60 {
      let first = Int.random(in: 0..<entityIDs.count, using: &random)
      var second = Int.random(in: 0..<entityIDs.count, using: &random)
      if second == first { second = (first + 1) % entityIDs.count }
      let copied = text(entityIDs[first])
      var bytes = original
      bytes.replaceSubrange(entityIDs[second], with: Array(copied.utf8))
      guard case .rejected(let problems) = check(bytes, "id \(copied) duplicated") else {
        Issue.record("duplicated id \(copied) still loads")
        continue
      }
      #expect(
        problems.contains {
          $0.message.contains("duplicate entity id \(copied) (first defined at line")
        },
        "\(copied): \(problems)")
    }
  }

  @Test func renamedLinkTarget() {
    var random = SeededGenerator(seed: 5)
    let targets = occurrences(of: "\"to\": \"").map { stringLiteral(at: $0 + 6) }
    #expect(targets.count > 20)
    for _ in 0..<60 {
      let range = targets.randomElement(using: &random)!
      let id = String(text(range).dropFirst().dropLast())
      let renamed = String(id.dropLast()) + (id.hasSuffix("x") ? "y" : "x")
      var bytes = original
      bytes.replaceSubrange(range, with: Array("\"\(renamed)\"".utf8))
      guard case .rejected(let problems) = check(bytes, "link to \(id) renamed \(renamed)") else {
        Issue.record("link to \(renamed) still loads")
        continue
      }
      let message = problems.first { $0.message.contains("unknown entity \"\(renamed)\"") }?.message
      #expect(message?.contains("did you mean") == true, "\(renamed): \(problems)")
      #expect(message?.contains("\"\(id)\"") == true, "\(renamed): \(problems)")
    }
  }

  @Test func insertedRandomBytes() {
    var random = SeededGenerator(seed: 6)
    for round in 0..<150 {
      var bytes = original
      let position = Int.random(in: 0...bytes.count, using: &random)
      let inserted = (0..<Int.random(in: 1...8, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      bytes.insert(contentsOf: inserted, at: position)
      _ = check(bytes, "round \(round): inserted \(inserted) at \(position)")
    }
  }

  @Test func removedQuoteCharacters() {
    var random = SeededGenerator(seed: 7)
    let quotes = original.indices.filter { original[$0] == UInt8(ascii: "\"") }
    for _ in 0..<150 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        let quote = quotes.randomElement(using: &random)!
        if quote < bytes.count, bytes[quote] == UInt8(ascii: "\"") { bytes[quote] = 0x20 }
      }
      guard case .rejected = check(bytes, "quotes removed") else {
        Issue.record("removing quotes still loads")
        continue
      }
    }
  }

  @Test func randomByteFlips() {
    var random = SeededGenerator(seed: 8)
    for round in 0..<150 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(
          in: 0...255, using: &random)
      }
      _ = check(bytes, "round \(round): bytes flipped")
    }
  }
}
