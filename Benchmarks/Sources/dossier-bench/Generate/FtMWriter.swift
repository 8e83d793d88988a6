/// Writes a synthetic FollowTheMoney stream of the same plan as `DossierWriter`: one entity
/// per line. Events are payments (payer and beneficiary among the actors, hub-0 often) or
/// Events (with the actors involved); actors are companies and people with a country and,
/// for companies, a registration number; projects are Projects; a share of projects have
/// UnknownLink partners and a share of actors an Ownership of another. Each line carries
/// what OpenSanctions streams carry besides the properties (`datasets`, `referents`,
/// `first_seen`, `last_seen`, `last_change`, `target`), and a share of entities a
/// `sourceUrl`, as exports have.
///
/// Deterministic: the same plan always gives the same bytes.
struct FtMWriter {
  let plan: GenerationPlan
  let output: OutputBuffer
  var composer = TextComposer()
  let labels = Labels()
  var stats: GenerationStats
  let actorTargets: TargetSampler
  let projectTargets: TargetSampler
  private var lines = 0

  private static let countries: [StaticString] = ["kz", "cn", "ru", "de", "gb", "us", "fr", "ua"]
  private static let currencies: [StaticString] = ["EUR", "USD", "KZT", "CNY"]

  init(plan: GenerationPlan, output: OutputBuffer) {
    self.plan = plan
    self.output = output
    stats = GenerationStats(hubs: plan.hubs)
    actorTargets = TargetSampler.actors(of: plan)
    projectTargets = TargetSampler.projects(of: plan)
  }

  /// Writes the whole stream.
  mutating func write() {
    var random = SeededGenerator(seed: plan.seed, stream: 1)
    for index in 0..<plan.actors { writeActor(index, using: &random) }
    for index in 0..<plan.projects { writeProject(index, using: &random) }
    random = SeededGenerator(seed: plan.seed, stream: 2)
    for index in 0..<plan.events { writeEvent(index, using: &random) }
    for index in 0..<plan.projects where plan.actors > 0 && random.chance(0.5) {
      writeEdge(
        "UnknownLink", id: "partner-", index, source: "subject", (.project, index),
        target: "object", (.actor, actorTargets.pick(using: &random)))
    }
    for index in 0..<plan.actors where random.chance(0.05) {
      let target = actorTargets.pick(using: &random)
      guard target != index else { continue }
      writeEdge(
        "Ownership", id: "ownership-", index, source: "owner", (.actor, index),
        target: "asset", (.actor, target))
    }
  }

  private mutating func writeActor(_ index: Int, using random: inout SeededGenerator) {
    let isPerson = index >= plan.hubs && random.chance(0.4)
    begin(.actor, index, schema: isPerson ? "Person" : "Company")
    writeName(for: .actor, using: &random)
    output.write(",\"country\":[\"")
    output.write(Self.countries[random.int(below: Self.countries.count)])
    output.write("\"]")
    if !isPerson {
      output.write(",\"registrationNumber\":[\"")
      output.write(decimal: 100_000 + index)
      output.write("\"]")
    }
    writeSummary(using: &random)
    writeSourceURL(index, using: &random)
    end()
  }

  private mutating func writeProject(_ index: Int, using random: inout SeededGenerator) {
    begin(.project, index, schema: "Project")
    writeName(for: .project, using: &random)
    writeSummary(using: &random)
    end()
  }

  private mutating func writeEvent(_ index: Int, using random: inout SeededGenerator) {
    let date = PackedDate.random(day: 0.6, month: 0.25, year: 0.15, using: &random)
    if plan.actors > 1, random.chance(0.5) {
      begin(.event, index, schema: "Payment")
      output.write("\"amount\":[\"")
      output.write(decimal: random.int(in: 100...9_999_999))
      output.write("\"],\"currency\":[\"")
      output.write(Self.currencies[random.int(below: Self.currencies.count)])
      output.write("\"]")
      writeDate(date)
      writeReference("payer", to: .actor, pickHubZero: true, using: &random)
      writeReference("beneficiary", to: .actor, pickHubZero: false, using: &random)
      if random.chance(0.5) {
        output.write(",\"purpose\":[\"")
        composer.writeSummary(to: output, using: &random)
        output.write("\"]")
      }
    } else {
      begin(.event, index, schema: "Event")
      writeName(for: .event, using: &random)
      writeDate(date)
      if plan.actors > 0 {
        writeReference("involved", to: .actor, pickHubZero: true, using: &random)
      }
      writeSummary(using: &random)
    }
    end()
  }

  private mutating func writeEdge(
    _ schema: StaticString, id prefix: StaticString, _ index: Int, source: StaticString,
    _ from: (kind: GeneratedKind, index: Int), target: StaticString,
    _ to: (kind: GeneratedKind, index: Int)
  ) {
    output.write("{\"id\":\"")
    output.write(prefix)
    output.write(decimal: index)
    output.write("\",\"schema\":\"")
    output.write(schema)
    output.write("\",\"properties\":{\"")
    output.write(source)
    output.write("\":[")
    plan.writeID(from.kind, from.index, to: output)
    output.write("],\"")
    output.write(target)
    output.write("\":[")
    plan.writeID(to.kind, to.index, to: output)
    output.write("]")
    if to.kind == .actor, to.index < plan.hubs { stats.hubBacklinks[to.index] += 1 }
    stats.links += 1
    end()
  }

  private mutating func begin(_ kind: GeneratedKind, _ index: Int, schema: StaticString) {
    output.write("{\"id\":")
    plan.writeID(kind, index, to: output)
    output.write(",\"schema\":\"")
    output.write(schema)
    output.write("\",\"properties\":{")
  }

  private mutating func end() {
    output.write("},\"datasets\":[\"dossier_bench\"],\"referents\":[],")
    output.write("\"first_seen\":\"2023-01-10T00:00:00\",\"last_seen\":\"2024-11-28T06:11:40\",")
    output.write("\"last_change\":\"2024-02-01T12:00:00\",\"target\":false}\n")
    lines += 1
  }

  private func writeSourceURL(_ index: Int, using random: inout SeededGenerator) {
    guard random.chance(0.5) else { return }
    output.write(",\"sourceUrl\":[\"https://example.org/records/")
    output.write(decimal: index)
    output.write("\"]")
  }

  private mutating func writeName(for kind: GeneratedKind, using random: inout SeededGenerator) {
    composer.composeName(for: kind, using: &random)
    output.write("\"name\":[\"")
    composer.writeName(to: output)
    output.write("\"")
    if random.chance(DossierWriter.aliasShare) {
      output.write(",\"")
      composer.writeShortName(to: output, using: &random)
      output.write("\"")
    }
    output.write("]")
  }

  private mutating func writeSummary(using random: inout SeededGenerator) {
    guard random.chance(DossierWriter.summaryShare) else { return }
    output.write(",\"summary\":[\"")
    composer.writeSummary(to: output, using: &random)
    output.write("\"]")
  }

  private func writeDate(_ date: PackedDate) {
    guard date != .none else { return }
    output.write(",\"date\":[")
    date.write(to: output)
    output.write("]")
  }

  private mutating func writeReference(
    _ property: StaticString, to kind: GeneratedKind, pickHubZero: Bool,
    using random: inout SeededGenerator
  ) {
    let target =
      pickHubZero && random.chance(plan.hubZeroEventShare) ? 0 : actorTargets.pick(using: &random)
    output.write(",\"")
    output.write(property)
    output.write("\":[")
    plan.writeID(kind, target, to: output)
    output.write("]")
    if target < plan.hubs { stats.hubBacklinks[target] += 1 }
    stats.links += 1
  }
}
