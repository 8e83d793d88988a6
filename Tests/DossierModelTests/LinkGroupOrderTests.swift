import Testing

@testable import DossierModel

/// Link groups come in the order a reader expects whatever order the file lists links in:
/// relations by name, then the other end in the dossier's order (timeline, then names),
/// then the file's order; a limit keeps the first links of that order.
@Suite struct LinkGroupOrderTests {
  private static let relations = ["partner", "involves", "a-relation", "participant", "zeta"]

  /// Events with dates out of file order, actors and projects with names out of file
  /// order, and links in a random order, some repeated between the same two entities.
  private func scrambledDossier() throws -> Dossier {
    var random = SeededGenerator(seed: 11)
    var builder = DossierBuilder()
    for index in 0..<30 {
      let date = index % 7 == 0 ? nil : String(2030 - (index * 13) % 40)
      builder.event("e\(index)", name: "Event \((index * 17) % 30)", date: date)
    }
    for index in 0..<12 { builder.actor("a\(index)", name: "Actor \((index * 5) % 12)") }
    for index in 0..<6 { builder.project("p\(index)", name: "Project \(6 - index)") }
    let ids = (0..<30).map { "e\($0)" } + (0..<12).map { "a\($0)" } + (0..<6).map { "p\($0)" }
    for index in 0..<400 {
      let from = ids.randomElement(using: &random)!
      let to = index % 5 == 0 ? "a3" : ids.randomElement(using: &random)!
      builder.link(
        from, Self.relations.randomElement(using: &random)!, to, role: "role \(index)")
    }
    return try #require(builder.load())
  }

  /// The groups as a plain sort of every link would make them.
  private func expectedGroups(_ dossier: Dossier, of id: String)
    -> [(LinkDirection, String, [Int])]
  {
    let order = EntityKind.allCases.flatMap { dossier.indices(of: $0) }
    var rank = [String: Int]()
    for (position, index) in order.enumerated() { rank[dossier.entities[index].id] = position }
    var groups: [(LinkDirection, String, [Int])] = []
    for direction in [LinkDirection.outgoing, .incoming] {
      func otherEnd(_ link: Link) -> String { direction == .outgoing ? link.to : link.from }
      let mine = dossier.links.indices.filter {
        (direction == .outgoing ? dossier.links[$0].from : dossier.links[$0].to) == id
      }
      for relation in Set(mine.map { dossier.links[$0].relation }).sorted() {
        let ordered = mine.filter { dossier.links[$0].relation == relation }.sorted {
          (rank[otherEnd(dossier.links[$0])]!, $0) < (rank[otherEnd(dossier.links[$1])]!, $1)
        }
        groups.append((direction, relation, ordered))
      }
    }
    return groups
  }

  @Test func everyEntitysGroupsMatchAPlainSortOfItsLinks() throws {
    let dossier = try scrambledDossier()
    for entity in dossier.entities {
      let expected = expectedGroups(dossier, of: entity.id)
      let groups = dossier.linkGroups(of: entity.id)
      #expect(groups.map(\.direction) == expected.map(\.0), "\(entity.id)")
      #expect(groups.map(\.relation) == expected.map(\.1), "\(entity.id)")
      #expect(groups.map(\.count) == expected.map(\.2.count), "\(entity.id)")
      // Each link has a role of its own: "role N" for the N-th link of the file.
      #expect(
        groups.map { $0.items.map { $0.link.role ?? "" } }
          == expected.map { $0.2.map { "role \($0)" } }, "\(entity.id)")
    }
  }

  @Test func aLimitKeepsTheFirstLinksOfEachGroupAndTheirCount() throws {
    let dossier = try scrambledDossier()
    let all = dossier.linkGroups(of: "a3")
    #expect(all.contains { $0.count > 3 }, "a hub with long groups")
    let limited = dossier.linkGroups(of: "a3", limit: 3)
    #expect(limited.map(\.count) == all.map(\.count))
    #expect(limited.map(\.items) == all.map { Array($0.items.prefix(3)) })

    let expanded = dossier.linkGroups(of: "a3", limit: 3, complete: ["incoming:participant"])
    for (group, full) in zip(expanded, all) {
      let isExpanded = group.direction == .incoming && group.relation == "participant"
      #expect(group.items == (isExpanded ? full.items : Array(full.items.prefix(3))))
    }
  }

  @Test func linksBetweenTheSameTwoEntitiesKeepTheFileOrder() throws {
    var builder = DossierBuilder()
    builder.event("meeting", name: "Meeting", date: "2001")
    builder.actor("host", name: "Host")
    builder.link("meeting", "participant", "host", role: "second")
    builder.link("meeting", "participant", "host", role: "first")
    builder.link("meeting", "participant", "host", role: "third")
    let dossier = try #require(builder.load())
    for id in ["meeting", "host"] {
      #expect(
        dossier.linkGroups(of: id).flatMap(\.items).map(\.link.role)
          == ["second", "first", "third"], "\(id)")
    }
  }
}
