import ArgumentParser
import DossierModel
import Foundation

/// `dossier export --format json|markdown`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the dossier as native JSON or as a Markdown report.",
    discussion: """
      json writes the native format with source texts inline; the result loads again \
      with --data and holds exactly the same content. markdown writes a readable report: \
      timeline, actors, projects, links, quotes and sources.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
    case markdown
  }

  @Option(name: .long, help: "json or markdown.")
  var format: Format = .json

  @Option(
    name: [.short, .long], help: ArgumentHelp("Write here instead of stdout.", valueName: "FILE"))
  var output: String?

  @OptionGroup var data: DataOptions

  func run() throws {
    let dossier = try data.load()
    let text: String
    switch format {
    case .json: text = dossier.content.nativeJSON().rendered() + "\n"
    case .markdown: text = MarkdownReport.render(dossier)
    }
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      Output.error("dossier: cannot write \(SafeText.neutralized(output)): \(reason)")
      throw ExitCode.failure
    }
  }
}
