import Testing

@testable import DossierModel

/// Records are read as bytes in place; texts with escapes are decoded into the reader's own
/// buffer. Keys and values with escapes must read as the same text without them, in a
/// stream of lines and in one JSON array (whose reader lives across records).
@Suite struct FtMEscapesTests {
  private static let plain = [
    #"{"id":"p1","schema":"Person","properties":{"name":["Zoë Ørsted"],"alias":["Zoe"],"#
      + #""summary":["Said \"no\"."],"nationality":["kz"]}}"#,
    #"{"id":"c1","schema":"Company","properties":{"name":["Acme"],"#
      + #""registrationNumber":["42"],"directorshipDirector":["p1"]}}"#,
    #"{"id":"pay1","schema":"Payment","properties":{"payer":["c1"],"beneficiary":["p1"],"#
      + #""amount":["1200"],"currency":["eur"],"date":["2019-02-20"]}}"#,
  ]

  /// The same records with every key, id and value written with escapes.
  private static let escaped = [
    #"{"\u0069d":"p\u0031","schema":"Pe\u0072son","properties":{"n\u0061me":["Zo\u00eb "#
      + #"\u00d8rsted"],"\u0061lias":["Zo\u0065"],"summary":["Said \"no\"."],"#
      + #""nationality":["k\u007a"]}}"#,
    #"{"id":"\u0063\u0031","schema":"Company","properties":{"name":["\u0041cme"],"#
      + #""registration\u004eumber":["4\u0032"],"directorshipDirector":["\u00701"]}}"#,
    #"{"id":"pay\u0031","schema":"Payment","properties":{"payer":["c\u0031"],"#
      + #""beneficiary":["p\u0031"],"amount":["12\u00300"],"currency":["e\u0075r"],"#
      + #""date":["2019-02-2\u0030"]}}"#,
  ]

  private static func described(_ dossier: Dossier) -> [String] {
    dossier.entities.map { entity in
      "\(entity.id) \(entity.kind) \(entity.name) \(entity.type) \(entity.summary ?? "-") "
        + "\(entity.aliases) \(entity.date.map { "\($0)" } ?? "-") "
        + entity.properties.map { "\($0.key)=\($0.values)" }.joined(separator: ",")
    } + dossier.links.map { "\($0.from) \($0.relation) \($0.to)" }
  }

  @Test func escapedLinesReadAsPlainOnes() throws {
    let plain = try #require(loadFtM(lines: Self.plain))
    let escaped = try #require(loadFtM(lines: Self.escaped))
    #expect(Self.described(escaped) == Self.described(plain))
    #expect(plain.entity(id: "p1")?.name == "Zoë Ørsted")
  }

  @Test func escapedArrayReadsAsPlainLines() throws {
    let plain = try #require(loadFtM(lines: Self.plain))
    let array = "[\n" + Self.escaped.joined(separator: ",\n") + "\n]"
    let escaped = try loadFtM(Array(array.utf8), fileName: "test.json").dossier
    #expect(Self.described(escaped) == Self.described(plain))
  }
}
