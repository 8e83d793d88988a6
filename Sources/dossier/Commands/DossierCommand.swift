import ArgumentParser

/// `dossier`: the root command.
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Explore a dossier of linked events, actors and projects.",
    discussion: """
      Without a subcommand, opens the terminal browser. The China-Kazakhstan dossier is \
      built in; open your own with --data FILE (see docs/FORMAT.md).

      Exit codes: 0 success, 1 problems found (check), unknown id (show) or no match \
      (search), 2 usage error.
      """,
    version: DossierVersion.current,
    subcommands: [
      BrowseCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CheckCommand.self,
      ExportCommand.self, ConfigCommand.self,
    ]
  )

  @OptionGroup var browser: BrowserOptions

  func run() throws {
    try browser.browse()
  }
}
