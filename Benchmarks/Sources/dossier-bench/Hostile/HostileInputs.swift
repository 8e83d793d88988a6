import BundledDossier
import DossierBrowser
import DossierModel

/// The inputs that took the square of their size (issue 10), each as a step to time: what
/// it is, what it took before the fix, and the work itself.
struct HostileInputs {
  struct Step {
    let name: String
    /// What the issue measured before the fix.
    let before: String
    let work: () -> Void
  }

  /// Every step, its input built once, outside the timing.
  static func steps() -> [Step] {
    let longWord = "x " + String(repeating: "ab", count: 50_000) + "power"
    let cjk = String(repeating: "中国哈萨克斯坦合作", count: 5_600)
    let hub = renamedHub(entities: 100_000)
    let dangling = danglingLinks(entities: 100_000, dangling: 20_000)
    let unknownFields = unknownFieldsOnOneLine(100_000)
    let quote = almostRepeatedQuote(textBytes: 1_000_000, quoteBytes: 500_000)
    let prompt = BrowserState(dossier: bundled, rows: 60, columns: 200)
    let typing = update(prompt, .key(.character("/"))).state
    let paste = String(repeating: "belt and road ", count: 714) + "end"
    return [
      Step(name: "highlight a 100,000-character word", before: "10 s per keystroke") {
        _ = SearchQuery("power").highlightRanges(in: longWord)
      },
      Step(name: "highlight a 50,000-character CJK summary", before: "7.4 s") {
        _ = SearchQuery("中国").highlightRanges(in: cjk)
      },
      Step(name: "load 100,000 links to a renamed hub (did you mean)", before: "34.7 s") {
        _ = try? DossierLoader.load(.bytes(hub, fileName: "hub.json"))
      },
      Step(name: "load 20,000 distinct dangling links among 100,000 ids", before: "103 s") {
        _ = try? DossierLoader.load(.bytes(dangling, fileName: "dangling.json"))
      },
      Step(name: "load 100,000 unknown fields on one line", before: "141 s") {
        _ = try? DossierLoader.load(.bytes(unknownFields, fileName: "fields.json"))
      },
      Step(name: "check a 500 kB quote in a 1 MB text", before: "7.3 s") {
        _ = try? DossierLoader.load(.bytes(quote, fileName: "quote.json"))
      },
      Step(name: "a 10,000-character paste into / (update and render)", before: "21–49 s") {
        _ = render(update(typing, .typed(paste)).state)
      },
    ]
  }

  private static let bundled = try! BundledDossier.load()

  private static func document(actors: [String], links: [String] = []) -> [UInt8] {
    Array(
      (#"{"format": "dossier", "version": 1, "title": "T", "actors": ["#
        + actors.joined(separator: ",\n") + "], \"links\": [" + links.joined(separator: ",\n")
        + "]}").utf8)
  }

  private static func actor(_ id: String) -> String {
    #"{"id": "\#(id)", "name": "\#(id)", "type": "person"}"#
  }

  private static func link(_ from: String, _ to: String) -> String {
    #"{"from": "\#(from)", "relation": "knows", "to": "\#(to)"}"#
  }

  /// Every actor linked to "hub", which the file calls "hub-renamed".
  private static func renamedHub(entities: Int) -> [UInt8] {
    let ids = (0..<entities).map { "actor-\($0)" }
    return document(actors: ids.map(actor) + [actor("hub")], links: ids.map { link($0, "hub-x") })
  }

  private static func danglingLinks(entities: Int, dangling: Int) -> [UInt8] {
    let ids = (0..<entities).map { "actor-\($0)" }
    return document(
      actors: ids.map(actor), links: (0..<dangling).map { link(ids[$0], "missing-\($0)") })
  }

  private static func unknownFieldsOnOneLine(_ count: Int) -> [UInt8] {
    let fields = (0..<count).map { "\"unknown\($0)\": 1" }.joined(separator: ", ")
    return Array(
      (#"{"format": "dossier", "version": 1, "title": "T", "actors": [{"id": "a", "name": "A", "type": "person", "#
        + fields + "}]}").utf8)
  }

  private static func almostRepeatedQuote(textBytes: Int, quoteBytes: Int) -> [UInt8] {
    let text = String(repeating: "a", count: textBytes)
    let quote = String(repeating: "a", count: quoteBytes - 1) + "b"
    return Array(
      (#"{"format": "dossier", "version": 1, "title": "T", "sources": [{"id": "s", "title": "S", "text": ""#
        + text
        + #""}], "actors": [{"id": "a", "name": "A", "type": "person", "evidence": [{"source": "s", "quote": ""#
        + quote + #""}]}]}"#).utf8)
  }
}
