import Synchronization

/// Reads dossier's own JSON format in one streaming pass; it checks ids, references and
/// quotes as it reads (see `ContentDecoder`), so the validator has nothing left to do.
///
/// A large file is read in two halves on two threads (see `ContentDecoder+Halves`); when
/// that cannot be done, or the file has any problem, it is read again in one pass, whose
/// messages are the ones reported.
enum NativeImporter: DossierImporter {
  /// Files smaller than this are read in one pass: a second thread would cost more than it
  /// saves.
  static let twoHalvesMinimumSize = 8 << 20
  /// Below this many entities the bodies' index is built with the rest: starting a thread
  /// early would cost more than it saves (the bundled dossier opens in milliseconds).
  static let backgroundBodiesMinimumCount = 10_000

  static func read(_ input: ImportInput) -> ImportedContent? {
    read(input, twoHalvesFrom: twoHalvesMinimumSize)
  }

  /// Reads `input`, in two halves when it has at least `minimumSize` bytes. When the halves
  /// gave back pages of the file and cannot be used, the file is read again for the pass.
  static func read(_ input: ImportInput, twoHalvesFrom minimumSize: Int) -> ImportedContent? {
    guard input.bytes.count >= minimumSize, let split = SplitPoint.find(in: input.bytes) else {
      return readInOnePass(input)
    }
    if let content = readInTwoHalves(input, splittingAt: split) { return content }
    guard let pages = input.passedPages, pages.anyReleased else { return readInOnePass(input) }
    guard let bytes = pages.readAgain() else {
      input.problems.report("cannot be read again", at: nil)
      return nil
    }
    input.problems.locate(in: bytes)
    input.warnings.locate(in: bytes)
    return bytes.withUnsafeBufferPointer { buffer in
      readInOnePass(
        ImportInput(
          bytes: buffer, problems: input.problems, warnings: input.warnings,
          progress: input.progress, readTextFile: input.readTextFile))
    }
  }

  private static func readInOnePass(_ input: ImportInput) -> ImportedContent? {
    var decoder = ContentDecoder(
      bytes: input.bytes, problems: input.problems, readTextFile: input.readTextFile,
      progress: input.progress)
    do {
      guard let content = try decoder.decode() else { return nil }
      input.progress?.enter(.indexing)
      return validated(content, &decoder)
    } catch {
      input.problems.discardAll()
      input.problems.report(error.message, at: error.offset)
      return nil
    }
  }

  /// The content, checked, with the ids and link ends resolved; nil when it has problems.
  /// For a large dossier, the bodies' search index is built on another thread meanwhile (the
  /// checks change no entity); when a check fails, it is left to finish and be dropped.
  /// `bodiesBegun`, when given, holds the bodies of the first entities read, which it goes
  /// on from (unless the entities are moved into the tables' order).
  private static func validated(
    _ content: DossierContent, _ decoder: inout ContentDecoder,
    bodiesBegun: WordIndexBuilder? = nil, laterBodiesBegun: (WordIndexBuilder, at: Int)? = nil
  ) -> ImportedContent? {
    let inFileOrder = decoder.keepsEntitiesInFileOrder
    let begun = inFileOrder ? bodiesBegun : nil
    let later = inFileOrder ? laterBodiesBegun : nil
    let tables = decoder.takeTables()
    let entities = tables.entities.records
    let bodies =
      entities.count >= backgroundBodiesMinimumCount
      ? BackgroundValue { WordIndex.bodies(of: entities, begun: begun, later: later) } : nil
    guard decoder.validate(content, links: tables.links.records) else { return nil }
    let (ids, ends) = decoder.resolvedIndexes()
    return ImportedContent(
      content: content, isValidated: true, entityIDs: ids, linkEnds: ends, bodies: bodies,
      tables: tables)
  }

  /// The file read in two halves at once, the second from offset `split`, or nil when that
  /// guess was wrong or the file has any problem (the caller then reads it in one pass).
  /// Problems go to collectors of its own, never to `input`'s.
  static func readInTwoHalves(_ input: ImportInput, splittingAt split: Int) -> ImportedContent? {
    func decoder(_ progress: LoadProgress?) -> ContentDecoder {
      ContentDecoder(
        bytes: input.bytes, problems: ProblemCollector(bytes: []),
        readTextFile: input.readTextFile, progress: progress)
    }
    let sources = SharedSources()
    let first = HalfRead(decoder(input.progress), isFirst: true)
    first.decoder!.publishesSources = sources
    first.decoder!.stopOffset = split
    first.decoder!.progressScale = Double(input.bytes.count) / Double(split)
    first.decoder!.passedPages = input.passedPages
    let second = HalfRead(decoder(nil), isFirst: false)
    second.decoder!.leavesLinkEndsUnresolved = true
    second.decoder!.borrowsSources = sources
    second.decoder!.passedPages = input.passedPages
    second.decoder!.releasedUpTo = split
    let bytes = UncheckedBytes(buffer: input.bytes)
    _ = ParallelPair(
      {
        first.parts = try? first.decoder!.decodeFirstHalf()
        first.finished.store(true, ordering: .releasing)
        first.beginBodiesUntil(second)
      },
      {
        defer { second.beginBodiesUntil(first) }
        defer { second.finished.store(true, ordering: .releasing) }
        guard let key = SplitPoint.arrayKey(before: split, in: bytes.buffer) else { return }
        second.key = key
        second.parts = try? second.decoder!.decodeSecondHalf(from: split, inArray: key)
      })
    guard var (top, parts) = first.parts else { return nil }
    var merged = first.takeDecoder()
    var laterBodies: (WordIndexBuilder, at: Int)?
    if let key = merged.stoppedIn {
      var later = second.takeDecoder()
      let laterStart = merged.decodedEntities.count
      guard key == second.key, let (laterTop, laterParts) = second.parts,
        top.absorbSeen(laterTop), merged.absorb(&later, stoppedIn: key)
      else { return nil }
      parts.append(laterParts)
      laterBodies = second.bodies.map { ($0, at: laterStart) }
    }
    guard let content = merged.content(top, parts),
      let imported = validated(
        content, &merged, bodiesBegun: first.bodies, laterBodiesBegun: laterBodies)
    else { return nil }
    input.progress?.enter(.indexing)
    return imported
  }
}

/// One half's decoder and what it read, written by its own thread only (but `finished`).
private final class HalfRead: @unchecked Sendable {
  var decoder: ContentDecoder?
  var key: String?
  var parts: (MemberReader, ContentDecoder.TopLevelParts)?
  /// The bodies' index begun over this half's entities while the other half was read.
  var bodies: WordIndexBuilder?
  /// Set by this half's thread once it has read all it will (before it begins bodies).
  let finished = Atomic<Bool>(false)
  /// Whether this is the first half (which may also have read the whole file).
  let isFirst: Bool

  init(_ decoder: ContentDecoder, isFirst: Bool) {
    self.decoder = decoder
    self.isFirst = isFirst
  }

  /// When this half was read without error (the first stopping where the other began),
  /// begins the bodies' index of its entities, a thread's idle time otherwise, until
  /// `other` has finished.
  func beginBodiesUntil(_ other: HalfRead) {
    guard parts != nil, let decoder, decoder.problems.isEmpty,
      decoder.stoppedIn != nil || !isFirst,
      decoder.decodedEntities.count >= NativeImporter.backgroundBodiesMinimumCount,
      !other.finished.load(ordering: .acquiring)
    else { return }
    bodies = decoder.decodedEntities.withRecords { entities in
      WordIndex.beginBodies(of: entities) { other.finished.load(ordering: .acquiring) }
    }
  }

  /// The decoder, which this half no longer holds (so that changing it copies nothing).
  func takeDecoder() -> ContentDecoder {
    defer { decoder = nil }
    return decoder!
  }
}

/// The file's bytes, which no one writes while the halves read them.
private struct UncheckedBytes: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
}
