import ArgumentParser

/// `dossier-bench generate`: writes a deterministic synthetic dossier.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "generate")
}
