extension DossierWriter {
  /// The share of entities with a summary.
  static let summaryShare = 0.4
  /// The share of entities with aliases.
  static let aliasShare = 0.1
  /// The share of entities with evidence.
  static let entityEvidenceShare = 0.3

  /// Writes `count` entities of `kind`, one per line.
  mutating func writeEntities(
    _ kind: GeneratedKind, count: Int, using random: inout SeededGenerator
  ) {
    if kind == .event { eventDates.reserveCapacity(count) }
    for index in 0..<count {
      beginElement(index)
      output.write("{\"id\":")
      plan.writeID(kind, index, to: output)
      composer.composeName(for: kind, using: &random)
      beginString("name")
      composer.writeName(to: output)
      output.write("\"")
      beginString("type")
      switch kind {
      case .event: labels.eventTypes.writeRandom(to: output, using: &random)
      case .actor where index < plan.hubs: labels.hubTypes.writeRandom(to: output, using: &random)
      case .actor: labels.actorTypes.writeRandom(to: output, using: &random)
      case .project: labels.projectTypes.writeRandom(to: output, using: &random)
      }
      output.write("\"")
      if random.chance(Self.aliasShare) { writeAliases(using: &random) }
      if kind == .event { writeDate(using: &random) }
      if random.chance(Self.summaryShare) {
        beginString("summary")
        composer.writeSummary(to: output, using: &random)
        output.write("\"")
      }
      if random.chance(Self.entityEvidenceShare) { writeEvidence(using: &random) }
      output.write("}")
    }
  }

  /// Writes one or two aliases: the initials of the name, or another short name.
  private mutating func writeAliases(using random: inout SeededGenerator) {
    output.write(",\"aliases\":[\"")
    if random.chance(0.6) {
      composer.writeInitials(to: output)
    } else {
      composer.writeShortName(to: output, using: &random)
    }
    if random.chance(0.3) {
      output.write("\",\"")
      composer.writeShortName(to: output, using: &random)
    }
    output.write("\"]")
  }

  /// Writes an event's date: 50% full, 25% year and month, 15% the year, 10% none; a few
  /// inferred, with a note on how.
  private mutating func writeDate(using random: inout SeededGenerator) {
    let date = PackedDate.random(day: 0.5, month: 0.25, year: 0.15, using: &random)
    eventDates.append(date)
    guard date != .none else { return }
    output.write(",\"date\":")
    date.write(to: output)
    if random.chance(0.03) {
      output.write(",\"dateInferred\":true")
      beginString("dateNote")
      labels.inferredDateNotes.writeRandom(to: output, using: &random)
      output.write("\"")
    } else if random.chance(0.01) {
      beginString("dateNote")
      labels.dateNotes.writeRandom(to: output, using: &random)
      output.write("\"")
    }
  }
}
