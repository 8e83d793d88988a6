import ArgumentParser
import Foundation

/// `dossier-bench generate`: writes a deterministic synthetic dossier.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a deterministic synthetic dossier.",
    discussion: """
      A third each of events, actors and projects, about three links per event, partner \
      links from projects, and hub actors (hub-0 … hub-19) that receive thousands of \
      links; hub-0 takes part in 3.75% of all events. Names, summaries and quotes mix \
      English with Cyrillic, CJK and accented words. The same --entities and --seed \
      always give the same bytes. --format ftm writes the same plan as a FollowTheMoney \
      stream (JSON lines): payments and events, companies and people, projects, \
      ownerships and other links.
      """
  )

  /// The file formats `generate` writes.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case native
    case ftm
  }

  @Option(help: "native (the dossier format) or ftm (FollowTheMoney JSON lines).")
  var format: OutputFormat = .native

  @Option(
    help: ArgumentHelp("How many entities, 3 to 100M: 10000, 10k, 2.5k, 100k, 1M.", valueName: "N"))
  var entities: EntityCount

  @Option(help: ArgumentHelp("The seed of the random choices.", valueName: "S"))
  var seed: UInt64 = 1

  @Option(
    help: ArgumentHelp("Where to write the dossier; - for standard output.", valueName: "FILE"))
  var output: String

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let plan = GenerationPlan(entities: entities.value, seed: seed)
    let buffer = try OutputBuffer(path: output)
    let stats: GenerationStats
    switch format {
    case .native:
      var writer = DossierWriter(plan: plan, output: buffer)
      writer.write()
      stats = writer.stats
    case .ftm:
      var writer = FtMWriter(plan: plan, output: buffer)
      writer.write()
      stats = writer.stats
    }
    try buffer.close()
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var summary =
      "generated \(plan.entities) entities (\(plan.events) events, \(plan.actors) actors, "
      + "\(plan.projects) projects), \(stats.links) links, "
      + "\(format == .native ? plan.plainSources + plan.textSources : 0) sources, "
      + "\(stats.evidence) quotes: "
      + "\(buffer.byteCount) bytes in \(String(format: "%.2f", seconds)) s"
    if let hubZero = stats.hubBacklinks.first {
      summary += "; hub-0 has \(hubZero) backlinks"
      let others = stats.hubBacklinks.dropFirst()
      if let fewest = others.min(), let most = others.max() {
        summary += ", hub-1…hub-\(others.count) \(fewest)–\(most)"
      }
    }
    FileHandle.standardError.write(Data((summary + "\n").utf8))
  }
}
