/// The checks every imported format goes through after its importer: unique ids, link
/// ends that exist, evidence that names a known source, quotes found verbatim in their
/// source's text. Problems go to the importer's collectors, located where the importer
/// read each part.
enum ContentValidator {
  /// Validates `imported` and returns it with dangling links left out (when the format
  /// tolerates them) and its id table filled in; nil when there were errors.
  static func validate(_ imported: ImportedContent, input: ImportInput) -> ImportedContent? {
    guard !imported.isValidated else {
      return input.problems.isEmpty ? imported : nil
    }
    var validated = imported
    let firstIndexByID = checkUniqueIDs(
      imported.content.entities, imported.entityPositions, input)
    (validated.content.links, validated.linkEnds) = keepResolvedLinks(
      imported.content.links, imported, firstIndexByID, input)
    validated.entityIDs = firstIndexByID
    checkEvidence(validated.content, input)
    return input.problems.isEmpty ? validated : nil
  }

  /// Reports empty and duplicate ids, at the later of two; returns each id's first index.
  static func checkUniqueIDs(
    _ entities: [Entity], _ positions: [ReadPosition], _ input: ImportInput
  ) -> IDTable {
    checkUniqueIDs(count: entities.count, id: { entities[$0].id }, positions, input)
  }

  /// `checkUniqueIDs` of entities written as records.
  static func checkUniqueIDs(
    _ entities: EntityRecords, _ positions: [ReadPosition], _ input: ImportInput
  ) -> IDTable {
    checkUniqueIDs(
      count: entities.count, id: { entities.leadingText(at: $0, skipping: 0) }, positions, input)
  }

  /// `checkUniqueIDs` of `count` entities, `id(i)` giving entity `i`'s id.
  private static func checkUniqueIDs(
    count: Int, id: (Int) -> String, _ positions: [ReadPosition], _ input: ImportInput
  ) -> IDTable {
    var firstIndexByID = IDTable(capacity: count)
    for index in 0..<count {
      let id = id(index)
      guard !id.isEmpty else {
        let position = positions.indices.contains(index) ? positions[index] : nil
        input.problems.report(
          "\(position?.path ?? "entity").id: must not be empty", at: position?.offset)
        continue
      }
      let first = firstIndexByID.insert(id, value: index).value
      guard first != index else { continue }
      let position = positions.indices.contains(index) ? positions[index] : nil
      let firstPlace =
        positions.indices.contains(first)
        ? " (first defined at \(input.problems.describeLocation(of: positions[first].offset)))"
        : ""
      input.problems.report(
        "\(position?.path ?? "entity").id: duplicate entity id \"\(id)\"\(firstPlace)",
        at: position?.offset)
    }
    return firstIndexByID
  }

  /// The links whose two ends are entities of `known`, with those ends as entity indices;
  /// the others are reported as the format's policy says.
  static func keepResolvedLinks(
    _ links: [Link], _ imported: ImportedContent, _ known: IDTable, _ input: ImportInput
  ) -> ([Link], LinkEnds) {
    var kept: [Link] = []
    kept.reserveCapacity(links.count)
    var ends = LinkEnds(from: [], to: [])
    var sortedIDs: [String]?
    var knownFrom: (id: String, index: Int)?
    for (index, link) in links.enumerated() {
      if let from = link.from == knownFrom?.id ? knownFrom?.index : known[link.from] {
        knownFrom = (link.from, from)
        if let to = known[link.to] {
          kept.append(link)
          ends.from.append(Int32(from))
          ends.to.append(Int32(to))
          continue
        }
      }
      let position =
        imported.linkPositions.indices.contains(index)
        ? imported.linkPositions[index] : nil
      reportUnknownEnds(
        of: link, index: index, at: position, known, imported.danglingLinks, input,
        sortedIDs: &sortedIDs)
    }
    return (kept, ends)
  }

  /// Reports each end of `link` (the link at `index`) that is not in `known`, as an
  /// error or a warning as `policy` says; `sortedIDs` caches the known ids for "did you
  /// mean" hints.
  static func reportUnknownEnds(
    of link: Link, index: Int, at position: LinkPosition?, _ known: IDTable,
    _ policy: DanglingLinkPolicy, _ input: ImportInput, sortedIDs: inout [String]?
  ) {
    for (id, key, offset) in [
      (link.from, position?.fromKey ?? "from", position?.fromOffset),
      (link.to, position?.toKey ?? "to", position?.toOffset),
    ] where known[id] == nil {
      let path = "\(position?.path ?? "links[\(index)]").\(key)"
      switch policy {
      case .error:
        let candidates = sortedIDs ?? known.ids.sorted()
        sortedIDs = candidates
        let hint = NearestMatches.didYouMean(NearestMatches.nearest(to: id, among: candidates))
        input.problems.report("\(path): unknown entity \"\(id)\"\(hint)", at: offset)
      case .warnAndDrop:
        input.warnings.report(
          "\(path): entity \"\(id)\" is not in the file; the link is left out", at: offset)
      }
    }
  }

  private static func checkEvidence(_ content: DossierContent, _ input: ImportInput) {
    var matchers: [String: QuoteMatcher?] = [:]
    for source in content.sources {
      matchers.updateValue(source.text.map { QuoteMatcher(text: $0) }, forKey: source.id)
    }
    func check(_ evidence: [Evidence], owner: () -> String) {
      for item in evidence {
        guard let matcher = matchers[item.sourceID] else {
          input.problems.report("\(owner()).evidence: unknown source \"\(item.sourceID)\"", at: nil)
          continue
        }
        if let matcher, !matcher.contains(item.quote) {
          input.problems.report(
            "\(owner()).evidence: quote not found verbatim in the text of source "
              + "\"\(item.sourceID)\"", at: nil)
        }
      }
    }
    for entity in content.entities where !entity.evidence.isEmpty {
      check(entity.evidence) { "entity \"\(entity.id)\"" }
    }
    for link in content.links where !link.evidence.isEmpty {
      check(link.evidence) { "link \(link.from) → \(link.to)" }
    }
  }
}
