import ArgumentParser
import DossierModel

/// `dossier`: the root command.
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Explore a dossier of linked events, actors and projects.",
    discussion: """
      Without a subcommand, prints an overview of the dossier. The China–Kazakhstan \
      dossier is built in; open your own with --data FILE (see docs/FORMAT.md).

      Exit codes: 0 success, 1 problems found (check) or unknown id (show), 2 usage error.
      """,
    subcommands: [
      ListCommand.self, ShowCommand.self, SearchCommand.self, CheckCommand.self,
      ExportCommand.self,
    ]
  )

  @OptionGroup var data: DataOptions

  func run() throws {
    let dossier = try data.load()
    let output = Output()
    output.line(output.style.bold(output.safe(dossier.title)))
    if let description = dossier.content.description {
      output.line(output.safe(description))
    }
    output.line("")
    for kind in EntityKind.allCases {
      output.line("  \(dossier.count(of: kind)) \(kind.plural)")
    }
    output.line("  \(dossier.links.count) links, \(dossier.sources.count) sources")
    output.line("")
    output.line("Try: dossier list events · dossier search WORDS · dossier show ID · dossier --help")
  }
}
