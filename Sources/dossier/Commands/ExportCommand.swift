import ArgumentParser
import DossierModel
import FoundationEssentials
import Glibc

/// `dossier export --format json|markdown|ftm|timelinejs`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write the dossier as native JSON, a Markdown report, FtM entities or a TimelineJS timeline.",
    discussion: """
      json writes the native format with source texts inline; the result loads again \
      with --data and holds exactly the same content. markdown writes a readable report: \
      timeline, actors, projects, links, quotes and sources. ftm writes FollowTheMoney \
      entities as JSON lines (one entity per line): entities keep their ids, links become \
      entity properties, edge entities (Ownership and the like) or UnknownLinks, sources become \
      Articles and quotes Documentation entities. timelinejs writes a TimelineJS3 \
      timeline with one slide per dated event; undated events cannot be placed on it, \
      are left out and counted on stderr. docs/FORMATS.md lists what each format keeps \
      and loses.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
    case markdown
    case ftm
    case timelinejs
  }

  @Option(name: .long, help: "json, markdown, ftm or timelinejs.")
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
    case .ftm: text = FtMExport.jsonLines(dossier.content)
    case .timelinejs:
      let timeline = TimelineJSExport(dossier.content)
      text = timeline.json.rendered() + "\n"
      if !timeline.undatedEventIDs.isEmpty {
        Output.error(
          "dossier: \(counted(timeline.undatedEventIDs.count, "undated event")) left out "
            + "(TimelineJS places only dated events)")
      }
    }
    guard let output else {
      if let failure = StandardStream.write(text, to: STDOUT_FILENO) {
        // A reader that went away (SIGPIPE ignored) ends the run quietly, as for `head`.
        if failure != EPIPE {
          Output.error("dossier: cannot write the export: \(String(cString: strerror(failure)))")
        }
        throw ExitCode.failure
      }
      return
    }
    if let reason = StandardStream.write(text, toFileAt: output) {
      Output.error("dossier: cannot write \(SafeText.neutralized(output)): \(reason)")
      throw ExitCode.failure
    }
  }
}
