import Testing

@testable import DossierModel

@Suite struct LinkGroupTests {
  /// Events e1 (2020), e2 (2010), e3 (undated); actors "Beta land" and "alpha corp"; a project.
  private func makeDossier() throws -> Dossier {
    var builder = DossierBuilder()
    builder.event("e1", name: "Summit", date: "2020")
    builder.event("e2", name: "Forum", date: "2010")
    builder.event("e3", name: "Alpha talks")
    builder.actor("beta", name: "Beta land")
    builder.actor("alpha", name: "alpha corp")
    builder.project("plant", name: "Power plant")
    builder.link("e1", "participant", "beta", role: "host")
    builder.link("e3", "participant", "beta")
    builder.link("e2", "participant", "beta", role: "guest")
    builder.link("e1", "funded-by", "plant")
    builder.link("e1", "participant", "alpha")
    builder.link("plant", "partner", "beta")
    builder.link("beta", "member-of", "alpha")
    builder.link("alpha", "leader-of", "beta")
    return try #require(builder.load())
  }

  private struct GroupSummary: Equatable, CustomStringConvertible {
    let relation: String
    let direction: LinkDirection
    let label: String
    let count: Int
    let others: [String]

    var description: String {
      "\(direction.rawValue) \(relation) \"\(label)\" \(count): \(others)"
    }
  }

  private func summaries(_ dossier: Dossier, _ id: String) -> [GroupSummary] {
    dossier.linkGroups(of: id).map { group in
      GroupSummary(
        relation: group.relation, direction: group.direction, label: group.label,
        count: group.count, others: group.items.map(\.entity.id))
    }
  }

  @Test func outgoingThenIncomingGroupsWithLabelsAndCounts() throws {
    let dossier = try makeDossier()
    #expect(
      summaries(dossier, "beta") == [
        GroupSummary(
          relation: "member-of", direction: .outgoing, label: "member of", count: 1,
          others: ["alpha"]),
        GroupSummary(
          relation: "leader-of", direction: .incoming, label: "led by", count: 1,
          others: ["alpha"]),
        // Backlinks from events, in timeline order (2010, 2020, undated).
        GroupSummary(
          relation: "participant", direction: .incoming, label: "took part in", count: 3,
          others: ["e2", "e1", "e3"]),
        GroupSummary(
          relation: "partner", direction: .incoming, label: "partner in", count: 1,
          others: ["plant"]),
      ])
  }

  @Test func outgoingGroupsOfAnEventWithAnUnknownRelation() throws {
    let dossier = try makeDossier()
    #expect(
      summaries(dossier, "e1") == [
        GroupSummary(
          relation: "funded-by", direction: .outgoing, label: "funded by", count: 1,
          others: ["plant"]),
        // Actors ordered by name, ignoring case: "alpha corp" before "Beta land".
        GroupSummary(
          relation: "participant", direction: .outgoing, label: "participants", count: 2,
          others: ["alpha", "beta"]),
      ])
    #expect(
      summaries(dossier, "plant") == [
        GroupSummary(
          relation: "partner", direction: .outgoing, label: "partners", count: 1,
          others: ["beta"]),
        GroupSummary(
          relation: "funded-by", direction: .incoming, label: "funded by (from)", count: 1,
          others: ["e1"]),
      ])
  }

  @Test func itemsCarryTheirLinkAndDirection() throws {
    let dossier = try makeDossier()
    let participants = try #require(
      dossier.linkGroups(of: "beta").first { $0.relation == "participant" })
    #expect(participants.items.map(\.link.role) == ["guest", "host", nil])
    #expect(participants.items.allSatisfy { $0.direction == .incoming && $0.link.to == "beta" })
    #expect(participants.items.map(\.link.from) == participants.items.map(\.entity.id))

    let outgoing = dossier.linkGroups(of: "e1").flatMap(\.items)
    #expect(outgoing.allSatisfy { $0.direction == .outgoing && $0.link.from == "e1" })
  }

  @Test func unknownIDAndUnlinkedEntityHaveNoGroups() throws {
    var builder = DossierBuilder()
    builder.actor("lonely", name: "Lonely")
    let dossier = try #require(builder.load())
    #expect(dossier.linkGroups(of: "lonely").isEmpty)
    #expect(dossier.linkGroups(of: "nobody").isEmpty)
  }

  @Test func selfLinkAppearsInBothDirections() throws {
    var builder = DossierBuilder()
    builder.actor("ouroboros", name: "Ouroboros")
    builder.link("ouroboros", "part-of", "ouroboros")
    let dossier = try #require(builder.load())
    #expect(
      summaries(dossier, "ouroboros") == [
        GroupSummary(
          relation: "part-of", direction: .outgoing, label: "part of", count: 1,
          others: ["ouroboros"]),
        GroupSummary(
          relation: "part-of", direction: .incoming, label: "has part", count: 1,
          others: ["ouroboros"]),
      ])
  }

  @Test func relationVocabulary() {
    let expected: [(String, String, String)] = [
      ("participant", "participants", "took part in"),
      ("involves", "involves", "involved in"),
      ("partner", "partners", "partner in"),
      ("part-of", "part of", "has part"),
      ("leader-of", "leader of", "led by"),
      ("member-of", "member of", "has member"),
      ("editor-in-chief-of", "editor-in-chief of", "editor-in-chief"),
      ("located-in", "located in", "location of"),
      ("co-funded-by", "co funded by", "co funded by (from)"),
      ("sponsor", "sponsor", "sponsor (from)"),
    ]
    for (relation, outgoing, incoming) in expected {
      #expect(RelationVocabulary.label(for: relation, direction: .outgoing) == outgoing)
      #expect(RelationVocabulary.label(for: relation, direction: .incoming) == incoming)
    }
    #expect(
      RelationVocabulary.knownRelations == [
        "editor-in-chief-of", "involves", "leader-of", "located-in", "member-of", "part-of",
        "participant", "partner",
      ])
  }

  @Test func bundledKazakhstanParticipantBacklinks() throws {
    let dossier = try bundledDossier()
    let group = try #require(
      dossier.linkGroups(of: "kazakhstan").first {
        $0.relation == "participant" && $0.direction == .incoming
      })
    let expected = Set(
      dossier.links.filter { $0.to == "kazakhstan" && $0.relation == "participant" }.map(\.from))
    #expect(!expected.isEmpty)
    #expect(Set(group.items.map(\.entity.id)) == expected)
    #expect(group.count == expected.count)
    #expect(group.label == "took part in")
    // Every one of them is an event, listed in timeline order.
    let timelineOrder = dossier.timeline.map { dossier.entities[$0].id }.filter(expected.contains)
    #expect(group.items.map(\.entity.id) == timelineOrder)
  }

  @Test func bundledGroupsAccountForEveryLink() throws {
    let dossier = try bundledDossier()
    for entity in dossier.entities {
      let groups = dossier.linkGroups(of: entity.id)
      let outgoing = groups.filter { $0.direction == .outgoing }.flatMap(\.items).map(\.link)
      let incoming = groups.filter { $0.direction == .incoming }.flatMap(\.items).map(\.link)
      #expect(Set(outgoing) == Set(dossier.links.filter { $0.from == entity.id }), "\(entity.id)")
      #expect(Set(incoming) == Set(dossier.links.filter { $0.to == entity.id }), "\(entity.id)")
      #expect(
        outgoing.count == dossier.links.filter { $0.from == entity.id }.count, "\(entity.id)")
      #expect(incoming.count == dossier.links.filter { $0.to == entity.id }.count, "\(entity.id)")
      // Outgoing groups first; within a direction, relations in alphabetical order.
      let directions = groups.map(\.direction)
      #expect(directions == directions.sorted { $0 == .outgoing && $1 == .incoming })
      for direction in [LinkDirection.outgoing, .incoming] {
        let relations = groups.filter { $0.direction == direction }.map(\.relation)
        #expect(relations == relations.sorted(), "\(entity.id) \(direction)")
        #expect(Set(relations).count == relations.count)
      }
    }
  }
}
