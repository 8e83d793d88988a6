import ArgumentParser
import DossierModel

/// `dossier search WORDS…`.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search names, aliases, properties, summaries and quotes by keyword.",
    discussion: """
      Every word must match a word of the entity; the last word also matches as a prefix \
      ("hydro" finds "hydropower"). Case-insensitive unless a word has a capital letter; \
      accents are ignored. Results are ranked: name, then alias, summary, quote; whole \
      words before prefixes; then timeline order.

      Exits 1 when nothing matches (as grep does), after printing an empty table's \
      message on stderr or an empty JSON array.
      """
  )

  @Argument(help: "The words to search for.")
  var words: [String]

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only entities of this kind (events, actors, projects); repeat for several.",
      valueName: "KIND"))
  var kind: [EntityKindArgument] = []

  @Option(name: .long, help: "Print at most this many results.")
  var limit: Int?

  @Flag(name: .long, help: "Print a JSON array instead of a table.")
  var json = false

  @OptionGroup var timing: TimingOptions
  @OptionGroup var color: ColorOptions
  @OptionGroup var data: DataOptions
  @OptionGroup var inputFormat: InputFormatOption

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    if words.allSatisfy({ SearchQuery($0).isEmpty }) {
      throw ValidationError("give at least one word to search for (letters or digits)")
    }
  }

  func run() throws {
    let loaded = try data.reading(inputFormat).loadMeasured()
    let dossier = loaded.dossier
    timing.report(loaded)
    let query = SearchQuery(words.joined(separator: " "))
    let kinds = kind.isEmpty ? Set(EntityKind.allCases) : Set(kind.map(\.kind))
    let clock = ContinuousClock()
    let start = clock.now
    let hits = dossier.searchIndex.search(query, kinds: kinds, limit: limit)
    timing.report("search", clock.now - start)
    let entities = hits.map { dossier.entities[$0.entityIndex] }
    if json {
      let objects = zip(hits, entities).map { hit, entity in
        JSONOutput.object(EntityJSON.brief(entity) + [("matchedIn", .string("\(hit.field)"))])
      }
      print(JSONOutput.array(objects).rendered())
      if hits.isEmpty { throw ExitCode.failure }
      return
    }
    guard !hits.isEmpty else {
      Output.error("no matches for \"\(SafeText.neutralized(query.text))\"")
      throw ExitCode.failure
    }
    printTable(hits: hits, entities: entities, query: query)
  }

  private func printTable(hits: [SearchHit], entities: [Entity], query: SearchQuery) {
    let output = Output(colorDisabled: color.noColor)
    let highlight = { (text: String) in
      SearchHighlighter(style: output.style).apply(query, to: text)
    }
    var table = TextTable(columns: [
      .init(header: "KIND", style: output.style.kind),
      .init(header: "DATE"),
      .init(header: "NAME", flexible: true, style: highlight),
      .init(header: "MATCHED IN"),
      .init(header: "ID", style: output.style.dim),
    ])
    for (hit, entity) in zip(hits, entities) {
      table.rows.append([
        entity.kind.rawValue, entity.kind == .event ? (entity.dateLabel ?? "—") : "",
        output.safe(entity.name), "\(hit.field)", output.safe(entity.id),
      ])
    }
    for line in table.render(width: output.width, showHeader: true, headerStyle: output.style.dim) {
      output.line(line)
    }
  }
}

/// Marks the words of a text that a query matched.
struct SearchHighlighter {
  let style: Style

  func apply(_ query: SearchQuery, to text: String) -> String {
    guard style.enabled else { return text }
    var result = ""
    var position = text.startIndex
    for range in query.highlightRanges(in: text) {
      result += text[position..<range.lowerBound]
      result += style.highlight(String(text[range]))
      position = range.upperBound
    }
    return result + text[position...]
  }
}
