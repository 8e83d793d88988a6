import FoundationEssentials
import Glibc

/// A loaded dossier as one file, laid out to be read in place from a memory mapping:
/// a header (magic and version, body length, body checksum), then a metadata block
/// (the identities of the files it was read from, format, title, sources, warnings,
/// relations), then columns: the entities (kinds, packed dates, records), the links
/// (records), the indexes (timeline, orders, ranks, ids, link ends, adjacency) and the
/// two search indexes.
enum DossierSnapshot {
  /// "DOSSIER" and a version byte; a snapshot of another version is not read.
  static let magic: [UInt8] = Array("DOSSIER".utf8) + [3]
  /// Magic, body length, checksum.
  static let headerSize = 8 + 8 + 8
  /// Written in the metadata in this machine's byte order; read back the same only on a
  /// machine of the same order.
  static let byteOrderMark: UInt32 = 0x0102_0304

  /// Writes the snapshot of `loaded`, read from `files`, to a new file at `path`; its
  /// warnings about `fileName` are kept as about the dossier file, whatever it is called
  /// when the snapshot is read. False when the file cannot be written.
  static func write(
    _ loaded: LoadedDossier, files: [FileIdentity], fileName: String, to path: String
  ) -> Bool {
    let dossier = loaded.dossier
    var metadata = SnapshotWriter()
    metadata.write(byteOrderMark)
    metadata.write(files)
    metadata.write(loaded.format.rawValue)
    metadata.write(dossier.title)
    metadata.write(dossier.description)
    metadata.write(dossier.relations)
    metadata.write(dossier.sources)
    metadata.write(
      dossier.warnings.map { problem in
        problem.file == fileName ? problem.renamed(to: "") : problem
      })
    metadata.write(dossier.indexes.linkRelations.names)
    metadata.write(dossier.indexes.typeNames)

    guard var file = SnapshotFile(creating: path) else { return false }
    withExtendedLifetime(metadata) { file.writeColumn(bytes: metadata.bytes) }
    file.writeEntities(dossier.entities)
    file.writeLinks(dossier.links)
    file.writeColumns(of: dossier.indexes, entities: dossier.entities)
    file.writeColumns(of: dossier.searchIndex.names)
    file.writeColumns(of: dossier.searchIndex.bodies)
    return file.finish()
  }

  /// The checksum a snapshot's header records (call after `decode` accepted it).
  static func recordedChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    bytes.loadUnaligned(fromByteOffset: magic.count + 8, as: UInt64.self)
  }

  /// Reads a mapped snapshot: checks its header, asks `isCurrent` whether the files it was
  /// read from are unchanged, checks (when `checksum` is given) its checksum, and builds
  /// the dossier over its columns. Warnings about the dossier file name it `fileName`.
  static func decode(
    _ bytes: UnsafeRawBufferPointer, memory: ColumnMemory, fileName: String,
    checksum: ((UnsafeRawBufferPointer) -> UInt64)?, isCurrent: ([FileIdentity]) -> Bool
  ) throws(SnapshotError) -> LoadedDossier {
    guard bytes.count >= headerSize, bytes.prefix(magic.count).elementsEqual(magic) else {
      throw SnapshotError("not a dossier snapshot of this version")
    }
    let length = bytes.loadUnaligned(fromByteOffset: magic.count, as: UInt64.self)
    guard length == UInt64(bytes.count - headerSize) else {
      throw SnapshotError("truncated: \(bytes.count - headerSize) of \(length) bytes")
    }
    var columns = SnapshotColumns(bytes, from: headerSize, memory: memory)
    let metadataColumn = try columns.next(UInt8.self)
    var metadata = SnapshotReader(UnsafeRawBufferPointer(metadataColumn.buffer))
    guard try metadata.readUInt32() == byteOrderMark else {
      throw SnapshotError("written on a machine of another byte order")
    }
    guard isCurrent(try metadata.readFileIdentities()) else {
      throw SnapshotError("stale: the file changed")
    }
    if let checksum,
      checksum(UnsafeRawBufferPointer(rebasing: bytes[headerSize...])) != recordedChecksum(bytes)
    {
      throw SnapshotError("damaged: checksum")
    }
    let formatName = try metadata.readString()
    guard let format = DossierFileFormat(rawValue: formatName) else {
      throw SnapshotError("unknown format \(formatName)")
    }
    let title = try metadata.readString()
    let description = try metadata.readOptionalString()
    let relations = try metadata.readRelations()
    let sources = try metadata.readSources()
    let warnings = try metadata.readProblems().map { problem in
      problem.file.isEmpty ? problem.renamed(to: fileName) : problem
    }
    let relationNames = try metadata.readStrings()
    let typeNames = try metadata.readStrings()
    guard metadata.isAtEnd else { throw SnapshotError("the metadata does not fit together") }
    let entities = try columns.nextEntities()
    let links = try columns.nextLinks()
    let indexes = try columns.nextIndexes(
      entities: entities, linkCount: links.count, sources: sources, relationNames: relationNames,
      typeNames: typeNames)
    let names = try columns.nextWordIndex(entityCount: entities.count, hasNames: true)
    let bodies = try columns.nextWordIndex(entityCount: entities.count, hasNames: false)
    guard columns.isAtEnd else { throw SnapshotError("the parts do not fit together") }
    let kinds = entities.indices.map { entities.kind(at: $0) }
    let dossier = Dossier(
      title: title, description: description, sources: sources, entities: entities,
      links: links, relations: relations, warnings: warnings, indexes: indexes,
      searchIndex: SearchIndex(
        names: names, bodies: bodies, kinds: kinds, rank: indexes.canonicalRank))
    return LoadedDossier(dossier: dossier, timings: LoadTimings(), format: format)
  }
}

extension LoadProblem {
  /// The same problem in another file.
  fileprivate func renamed(to file: String) -> LoadProblem {
    LoadProblem(file: file, line: line, column: column, message: message)
  }
}
