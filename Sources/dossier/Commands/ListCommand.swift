import ArgumentParser
import DossierModel

/// `dossier list events|actors|projects`.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the events (timeline order), actors or projects.",
    discussion: """
      Events are listed in timeline order: earliest first, undated last. A date marked \
      "~" is inferred rather than stated by the sources. Actors and projects are listed \
      by name.
      """
  )

  @Argument(help: ArgumentHelp("events, actors or projects.", valueName: "KIND"))
  var kind: EntityKindArgument

  @Flag(name: .long, help: "Print a JSON array instead of a table.")
  var json = false

  @OptionGroup var color: ColorOptions
  @OptionGroup var data: DataOptions
  @OptionGroup var inputFormat: InputFormatOption

  func run() throws {
    let dossier = try data.reading(inputFormat).load()
    let entities = dossier.entities(of: kind.kind)
    if json {
      print(JSONOutput.array(entities.map { .object(EntityJSON.brief($0)) }).rendered())
      return
    }
    let output = Output(colorDisabled: color.noColor)
    var columns: [TextTable.Column] = []
    if kind.kind == .event { columns.append(.init(header: "DATE")) }
    columns += [
      .init(header: "NAME", flexible: true, style: output.style.bold),
      .init(header: "TYPE", style: output.style.kind),
      .init(header: "ID", style: output.style.dim),
    ]
    var table = TextTable(columns: columns)
    for entity in entities {
      var row = kind.kind == .event ? [entity.dateLabel ?? "—"] : []
      row += [output.safe(entity.name), output.safe(entity.type), output.safe(entity.id)]
      table.rows.append(row)
    }
    for line in table.render(width: output.width, showHeader: true, headerStyle: output.style.dim) {
      output.line(line)
    }
  }
}

/// A kind named on the command line: `events`, `actors`, `projects` (or singular).
struct EntityKindArgument: ExpressibleByArgument {
  let kind: EntityKind

  init?(argument: String) {
    guard let kind = EntityKind(noun: argument) else { return nil }
    self.kind = kind
  }

  static var allValueStrings: [String] { EntityKind.allCases.map(\.plural) }
}
