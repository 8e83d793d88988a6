import ArgumentParser

/// `dossier-bench`: generates synthetic dossiers and measures dossier's speed.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier-bench",
    abstract: "Generate synthetic dossiers and benchmark loading, search and rendering.",
    subcommands: [GenerateCommand.self, RunCommand.self, FeaturesCommand.self, HostileCommand.self]
  )
}
