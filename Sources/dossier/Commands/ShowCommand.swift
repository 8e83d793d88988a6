import ArgumentParser
import DossierModel

/// `dossier show ID`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one entity: its facts, links (both directions) and source quotes.",
    discussion: """
      ID is the entity's id (see `dossier list`); an exact name or alias also works. \
      Links are grouped by relation: outgoing first, then incoming (backlinks). \
      Exits 1 with the nearest ids when there is no such entity.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The entity's id, name or alias, or the id of a link that has one (an FtM Ownership).",
      valueName: "ID"),
    completion: EntityIDCompletion.kind)
  var id: String

  @Flag(name: .long, help: "Print a JSON object instead of text.")
  var json = false

  @OptionGroup var color: ColorOptions
  @OptionGroup var data: DataOptions
  @OptionGroup var inputFormat: InputFormatOption

  func validate() throws {
    if id.allSatisfy(\.isWhitespace) { throw ValidationError("ID must not be empty") }
  }

  func run() throws {
    let dossier = try data.reading(inputFormat).load()
    guard let entity = Self.find(id, in: dossier) else {
      let links = dossier.links.filter { $0.id == id }
      if !links.isEmpty {
        if json {
          print(EntityJSON.links(links, in: dossier).rendered())
        } else {
          EntityReport(output: Output(colorDisabled: color.noColor), dossier: dossier)
            .print(links: links)
        }
        return
      }
      Output.error(Self.noEntityMessage(id, in: dossier))
      throw ExitCode.failure
    }
    if json {
      print(EntityJSON.detail(entity, in: dossier).rendered())
    } else {
      EntityReport(output: Output(colorDisabled: color.noColor), dossier: dossier).print(entity)
    }
  }

  /// "dossier: no entity with id "X"; did you mean …", or a search to try.
  static func noEntityMessage(_ id: String, in dossier: Dossier) -> String {
    let hint = SafeText.neutralized(NearestMatches.didYouMean(dossier.suggestions(for: id)))
    let shown = SafeText.neutralized(id)
    return "dossier: no entity with id \"\(shown)\"\(hint)"
      + (hint.isEmpty ? " (try: dossier search \(shown))" : "")
  }

  /// The entity with this id, else the only one with this exact name or alias.
  static func find(_ key: String, in dossier: Dossier) -> Entity? {
    if let entity = dossier.entity(id: key) { return entity }
    let folded = TextFolding.fold(key)
    let named = dossier.entities.filter { entity in
      ([entity.name] + entity.aliases).contains { TextFolding.fold($0) == folded }
    }
    return named.count == 1 ? named[0] : nil
  }
}
