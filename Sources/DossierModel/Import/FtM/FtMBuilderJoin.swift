extension FtMContentBuilder {
  /// Takes over what `later` read from the lines after this builder's: its entities, links
  /// and what waits for the end, renumbered to follow this builder's, and its problems.
  /// `later` is emptied part by part as it goes, so that little is held twice at once.
  /// The links and what refers to them are joined on a second thread while this one joins
  /// the entities.
  mutating func append(_ later: inout FtMContentBuilder) {
    let entityBase = entities.count
    let linkSide = FtMLinkJoin(taking: &self, and: &later)
    let linksJoined = BackgroundValue { linkSide.join(entitiesBy: entityBase) }
    entities.append(emptying: &later.entities)
    later.entityIDs.mapValues { _, index in index + entityBase }
    hasRepeatedIDs =
      hasRepeatedIDs || later.hasRepeatedIDs || !entityIDs.append(contentsOf: later.entityIDs)
    later.entityIDs = IDTable()
    entityPositions += later.entityPositions
    later.entityPositions = []
    relations.merge(later.relations) { first, _ in first }
    problems.absorb(later.problems)
    warnings.absorb(later.warnings)
    linksJoined.value
    linkSide.giveBack(to: &self)
  }
}

/// The links of two builders and what refers to them, taken out of the builders to be
/// joined on another thread: the only owner of each, so that nothing is copied.
private final class FtMLinkJoin: @unchecked Sendable {
  private var links = LinkRecordsBuilder()
  private var laterLinks = LinkRecordsBuilder()
  private var origins: [FtMLinkOrigin] = []
  private var laterOrigins: [FtMLinkOrigin] = []
  private var pendingNames: [FtMPendingName] = []
  private var laterPendingNames: [FtMPendingName] = []
  private var edgeRecords: [(id: String, position: ReadPosition)] = []
  private var laterEdgeRecords: [(id: String, position: ReadPosition)] = []

  /// Takes the links of `first` and of `later`, leaving both without.
  init(taking first: inout FtMContentBuilder, and later: inout FtMContentBuilder) {
    swap(&links, &first.links)
    swap(&laterLinks, &later.links)
    swap(&origins, &first.linkOrigins)
    swap(&laterOrigins, &later.linkOrigins)
    swap(&pendingNames, &first.pendingNames)
    swap(&laterPendingNames, &later.pendingNames)
    swap(&edgeRecords, &first.edgeRecords)
    swap(&laterEdgeRecords, &later.edgeRecords)
  }

  /// Appends the later links to the first, their entity indices moved by `entityBase`.
  func join(entitiesBy entityBase: Int) {
    let linkBase = links.count
    links.append(emptying: &laterLinks)
    origins.append(contentsOf: laterOrigins.lazy.map { $0.shifted(entitiesBy: entityBase) })
    laterOrigins = []
    pendingNames.append(
      contentsOf: laterPendingNames.lazy.map {
        $0.shifted(entitiesBy: entityBase, linksBy: linkBase)
      })
    laterPendingNames = []
    edgeRecords += laterEdgeRecords
    laterEdgeRecords = []
  }

  /// Gives the joined links to `builder`.
  func giveBack(to builder: inout FtMContentBuilder) {
    swap(&links, &builder.links)
    swap(&origins, &builder.linkOrigins)
    swap(&pendingNames, &builder.pendingNames)
    swap(&edgeRecords, &builder.edgeRecords)
  }
}
