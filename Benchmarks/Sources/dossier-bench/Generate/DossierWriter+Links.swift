extension DossierWriter {
  /// The share of links with evidence.
  static let linkEvidenceShare = 0.2

  /// Writes the links: from each event to 1–3 participants and 0–2 projects involved,
  /// then from half the projects to 1–3 partners, actors to actors they are members of, and
  /// projects to projects they are part of.
  mutating func writeLinks(using random: inout SeededGenerator) {
    var chosen: [Int] = []
    for event in 0..<plan.events {
      chosen.removeAll(keepingCapacity: true)
      if plan.actors > 0 {
        if random.chance(plan.hubZeroEventShare) { chosen.append(0) }
        choose(random.int(in: 1...3), from: actorTargets, into: &chosen, using: &random)
        for actor in chosen {
          writeLink(
            from: (.event, event), to: (.actor, actor), relation: "participant",
            role: random.chance(0.85) ? labels.participantRoles : nil,
            date: random.chance(0.3) ? eventDates[event] : .none, using: &random)
        }
      }
      chosen.removeAll(keepingCapacity: true)
      if plan.projects > 0 {
        let draw = random.unit()
        choose(
          draw < 0.1 ? 0 : draw < 0.9 ? 1 : 2, from: projectTargets, into: &chosen,
          using: &random)
        for project in chosen {
          writeLink(
            from: (.event, event), to: (.project, project), relation: "involves", role: nil,
            date: .none, using: &random)
        }
      }
    }
    for project in 0..<plan.projects where plan.actors > 0 {
      chosen.removeAll(keepingCapacity: true)
      if random.chance(0.002) { chosen.append(0) }
      let draw = random.unit()
      let partners = draw < 0.5 ? 0 : draw < 0.85 ? 1 : draw < 0.97 ? 2 : 3
      choose(chosen.count + partners, from: actorTargets, into: &chosen, using: &random)
      for actor in chosen {
        let date =
          random.chance(0.2)
          ? PackedDate.random(day: 0, month: 0.5, year: 0.5, using: &random) : .none
        writeLink(
          from: (.project, project), to: (.actor, actor), relation: "partner",
          role: random.chance(0.7) ? labels.partnerRoles : nil, date: date, using: &random)
      }
    }
    for actor in 0..<plan.actors {
      guard random.chance(0.05) else { continue }
      let target = actorTargets.pick(using: &random)
      guard target != actor else { continue }
      let date =
        random.chance(0.3)
        ? PackedDate.random(day: 0.3, month: 0.3, year: 0.4, using: &random) : .none
      writeLink(
        from: (.actor, actor), to: (.actor, target), relation: "member-of", role: nil,
        date: date, using: &random)
    }
    for project in 0..<plan.projects {
      guard random.chance(0.03) else { continue }
      let target = projectTargets.pick(using: &random)
      guard target != project else { continue }
      writeLink(
        from: (.project, project), to: (.project, target), relation: "part-of", role: nil,
        date: .none, using: &random)
    }
  }

  /// Adds distinct targets to `chosen` until it holds `count`, giving up on a slot after
  /// a few draws that are all taken.
  private func choose(
    _ count: Int, from sampler: TargetSampler, into chosen: inout [Int],
    using random: inout SeededGenerator
  ) {
    while chosen.count < count {
      var found = false
      for _ in 0..<4 {
        let target = sampler.pick(using: &random)
        if !chosen.contains(target) {
          chosen.append(target)
          found = true
          break
        }
      }
      if !found { return }
    }
  }

  /// Writes one link, with a random role from `roles` when given, the date unless
  /// `.none`, and evidence for a share of links.
  private mutating func writeLink(
    from: (kind: GeneratedKind, index: Int), to: (kind: GeneratedKind, index: Int),
    relation: StaticString, role roles: EscapedStrings?, date: PackedDate,
    using random: inout SeededGenerator
  ) {
    beginElement(stats.links)
    stats.links += 1
    if to.kind == .actor, to.index < plan.hubs { stats.hubBacklinks[to.index] += 1 }
    output.write("{\"from\":")
    plan.writeID(from.kind, from.index, to: output)
    output.write(",\"to\":")
    plan.writeID(to.kind, to.index, to: output)
    beginString("relation")
    output.write(relation)
    output.write("\"")
    if let roles {
      beginString("role")
      roles.writeRandom(to: output, using: &random)
      output.write("\"")
    }
    if date != .none {
      output.write(",\"date\":")
      date.write(to: output)
    }
    if random.chance(Self.linkEvidenceShare) { writeEvidence(using: &random) }
    output.write("}")
  }
}
