/// A loaded dossier as one file: a header (magic, version, body length, body checksum)
/// and a body holding the identities of the files it was read from, its format, content,
/// warnings and search indexes.
enum DossierSnapshot {
  /// "DOSSIER" and a version byte; a snapshot of another version is not read.
  static let magic: [UInt8] = Array("DOSSIER".utf8) + [1]
  /// Magic, body length, checksum.
  static let headerSize = 8 + 8 + 8

  /// The snapshot of `loaded`, read from `files`; its warnings about `fileName` are kept
  /// as about the dossier file, whatever it is called when the snapshot is read.
  static func encode(_ loaded: LoadedDossier, files: [FileIdentity], fileName: String) -> [UInt8] {
    var body = SnapshotWriter()
    body.write(files)
    body.write(loaded.format.rawValue)
    body.write(loaded.dossier.content)
    body.write(
      loaded.dossier.warnings.map { problem in
        problem.file == fileName ? problem.renamed(to: "") : problem
      })
    body.write(loaded.dossier.searchIndex.names)
    body.write(loaded.dossier.searchIndex.bodies)
    var header = SnapshotWriter()
    for byte in magic { header.write(byte) }
    header.write(UInt64(body.bytes.count))
    body.bytes.withUnsafeBytes { header.write(SnapshotChecksum.of($0)) }
    return header.bytes + body.bytes
  }

  /// The body of a snapshot, after checking that `bytes` is a whole, undamaged snapshot
  /// of this version.
  static func body(of bytes: UnsafeRawBufferPointer) throws(SnapshotError) -> UnsafeRawBufferPointer
  {
    guard bytes.count >= headerSize, bytes.prefix(magic.count).elementsEqual(magic) else {
      throw SnapshotError("not a dossier snapshot of this version")
    }
    var header = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[magic.count..<headerSize]))
    let length = try header.readUInt64()
    let checksum = try header.readUInt64()
    guard length == UInt64(bytes.count - headerSize) else {
      throw SnapshotError("truncated: \(bytes.count - headerSize) of \(length) bytes")
    }
    let body = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
    guard SnapshotChecksum.of(body) == checksum else { throw SnapshotError("damaged: checksum") }
    return body
  }

  /// What a snapshot holds, decoded.
  struct Parts {
    let format: DossierFileFormat
    let content: DossierContent
    let warnings: [LoadProblem]
    let searchIndexes: (names: WordIndex, bodies: WordIndex)

    /// The dossier these parts make, with its other indexes built.
    func loaded(decodeTime: Duration) -> LoadedDossier {
      let clock = ContinuousClock()
      let start = clock.now
      let dossier = Dossier(indexing: content, warnings: warnings, searchIndexes: searchIndexes)
      var timings = LoadTimings()
      timings.parse = decodeTime
      timings.index = clock.now - start
      return LoadedDossier(dossier: dossier, timings: timings, format: format)
    }
  }

  /// Decodes a checked body, after `isCurrent` has accepted the files it was read from;
  /// warnings about the dossier file name it `fileName`.
  static func decode(
    body: UnsafeRawBufferPointer, fileName: String, isCurrent: ([FileIdentity]) -> Bool
  ) throws(SnapshotError) -> Parts {
    var reader = SnapshotReader(body)
    guard isCurrent(try reader.readFileIdentities()) else {
      throw SnapshotError("stale: the file changed")
    }
    let formatName = try reader.readString()
    guard let format = DossierFileFormat(rawValue: formatName) else {
      throw SnapshotError("unknown format \(formatName)")
    }
    let content = try reader.readContent()
    let warnings = try reader.readProblems().map { problem in
      problem.file.isEmpty ? problem.renamed(to: fileName) : problem
    }
    let names = try reader.readWordIndex(entityCount: content.entities.count)
    let bodies = try reader.readWordIndex(entityCount: content.entities.count)
    guard reader.isAtEnd, names.nameStarts.count == content.entities.count + 1 else {
      throw SnapshotError("the parts do not fit together")
    }
    return Parts(
      format: format, content: content, warnings: warnings, searchIndexes: (names, bodies))
  }
}

extension LoadProblem {
  /// The same problem in another file.
  fileprivate func renamed(to file: String) -> LoadProblem {
    LoadProblem(file: file, line: line, column: column, message: message)
  }
}
