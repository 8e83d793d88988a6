import Foundation
import Testing

@testable import DossierModel

/// The cache of loaded dossiers, on real files in a temporary folder: snapshots are used
/// only for unchanged files, damaged ones are rebuilt, and concurrent opens all work.
@Suite struct DossierCacheTests {
  /// A folder for one test, with a dossier file and a cache folder inside it.
  private struct Scratch {
    let folder: String
    var cache: DossierCache {
      DossierCache(directory: folder + "/cache", maxBytes: 1 << 30, racyWindow: Self.window)
    }
    var file: String { folder + "/dossier.json" }

    /// Files changed longer ago than this are cached; the tests wait this long.
    static let window = 100_000_000

    init() throws {
      folder = NSTemporaryDirectory() + "dossier-cache-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `text` as the dossier file, then waits out the racy window.
    func write(_ text: String, to path: String? = nil) throws {
      try text.write(toFile: path ?? file, atomically: false, encoding: .utf8)
      settle()
    }

    func settle() { usleep(UInt32(Self.window / 1000 * 2)) }

    var snapshots: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/cache")) ?? [])
        .filter { $0.hasSuffix(".snapshot") }.map { folder + "/cache/" + $0 }
    }
  }

  /// A dossier of `count` events, actors and projects with summaries, aliases, quotes,
  /// properties and links, named after `seed`.
  private func generated(_ count: Int, seed: UInt64, title: String = "Generated") -> String {
    var generator = SeededGenerator(seed: seed)
    let words = ["belt", "road", "Astana", "Ålesund", "hydropower", "Токаев", "wind", "farm", "xi"]
    func text(_ length: Int) -> String {
      (0..<length).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
    }
    var builder = DossierBuilder()
    builder.title = title
    builder.source("s")
    for index in 0..<count {
      let quote = [DossierBuilder.Quote(source: "s", text: text(3))]
      builder.event(
        "e\(index)", name: text(3), date: "20\(10 + index % 10)", summary: text(8),
        aliases: [text(2)], quotes: quote)
      builder.actor(
        "a\(index)", name: text(2), summary: text(5),
        properties: [Property(key: "id", label: "Id", type: .identifier, values: ["N-\(index)"])])
      builder.project("p\(index)", name: text(2))
      builder.link("e\(index)", "involves", "a\(index)")
      builder.link("a\(index)", "runs", "p\(index / 2)")
    }
    return builder.json
  }

  private func searches(_ dossier: Dossier) -> [[String]] {
    ["a", "Astana", "hydro", "ower", "alesund", "belt road", "тока", "n-1", "zzz"].map { query in
      dossier.searchIndex.search(SearchQuery(query), kinds: Set(EntityKind.allCases), limit: 50)
        .map { dossier.entities[$0.entityIndex].id }
    }
  }

  @Test func aReopenUsesTheSnapshotAndAnswersTheSame() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(60, seed: 1))
    let first = try scratch.cache.load(path: scratch.file)
    #expect(first.cacheOutcome == .written)
    let second = try scratch.cache.load(path: scratch.file)
    #expect(second.cacheOutcome == .used)
    let plain = try DossierLoader.load(.file(path: scratch.file))
    #expect(second.dossier.content == plain.dossier.content)
    #expect(second.format == plain.format)
    #expect(searches(second.dossier) == searches(plain.dossier))
    #expect(searches(plain.dossier).contains { $0.count > 10 }, "the searches find something")
    #expect(second.dossier.timeline == plain.dossier.timeline)
    for entity in plain.dossier.entities {
      #expect(second.dossier.linkGroups(of: entity.id) == plain.dossier.linkGroups(of: entity.id))
      #expect(
        second.dossier.linkGroups(of: entity.id, limit: 1)
          == plain.dossier.linkGroups(of: entity.id, limit: 1))
    }
    #expect(plain.dossier.linkGroups(of: "a3").count >= 2, "link groups are compared")
  }

  @Test func warningsComeBackNamedAsTheFileIsOpened() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(String(decoding: try ftmFixture("aleph-payments.ftm.json"), as: UTF8.self))
    let first = try scratch.cache.load(path: scratch.file)
    #expect(!first.dossier.warnings.isEmpty)
    let link = scratch.folder + "/other-name.json"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.file)
    let again = try scratch.cache.load(path: link)
    #expect(again.cacheOutcome == .used, "the same file under another name is the same snapshot")
    #expect(again.format == .ftm)
    #expect(again.dossier.warnings.map(\.file) == first.dossier.warnings.map { _ in link })
    #expect(again.dossier.warnings.map(\.message) == first.dossier.warnings.map(\.message))
  }

  @Test func aFileChangedAtTheSameSizeAndTimeIsReadAgain() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(5, seed: 2, title: "Before"))
    _ = try scratch.cache.load(path: scratch.file)
    let before = try FileManager.default.attributesOfItem(atPath: scratch.file)
    var status = stat()
    stat(scratch.file, &status)
    try scratch.write(generated(5, seed: 2, title: "Behind"))
    var times = [status.st_atim, status.st_mtim]
    #expect(utimensat(AT_FDCWD, scratch.file, &times, 0) == 0)
    let after = try FileManager.default.attributesOfItem(atPath: scratch.file)
    #expect(after[.size] as? Int == before[.size] as? Int)
    #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
    scratch.settle()
    let reopened = try scratch.cache.load(path: scratch.file)
    #expect(reopened.cacheOutcome == .written)
    #expect(reopened.dossier.title == "Behind")
  }

  @Test func aFileJustChangedIsNotCached() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let cache = DossierCache(directory: scratch.folder + "/cache", maxBytes: 1 << 30)
    try generated(5, seed: 3).write(toFile: scratch.file, atomically: false, encoding: .utf8)
    let loaded = try cache.load(path: scratch.file)
    guard case .notWritten = loaded.cacheOutcome else {
      Issue.record("a file written just now was cached: \(String(describing: loaded.cacheOutcome))")
      return
    }
    #expect(scratch.snapshots.isEmpty)
  }

  @Test func aChangedSourceTextFileMakesTheSnapshotStale() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    var builder = DossierBuilder()
    builder.source("s", textFile: "article.txt")
    builder.event("e", name: "Event", date: "2020", quotes: [.init(source: "s", text: "said")])
    try scratch.write("It was said.", to: scratch.folder + "/article.txt")
    try scratch.write(builder.json)
    _ = try scratch.cache.load(path: scratch.file)
    #expect(try scratch.cache.load(path: scratch.file).cacheOutcome == .used)
    try scratch.write("It was said again.", to: scratch.folder + "/article.txt")
    let reopened = try scratch.cache.load(path: scratch.file)
    #expect(reopened.cacheOutcome == .written)
    #expect(reopened.dossier.sources.first?.text == "It was said again.")
  }

  @Test(arguments: ["flip a byte", "truncate", "empty", "foreign", "old version"])
  func aDamagedSnapshotIsRebuilt(damage: String) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(20, seed: 4))
    _ = try scratch.cache.load(path: scratch.file)
    let snapshot = try #require(scratch.snapshots.first)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
    switch damage {
    case "flip a byte": bytes[bytes.count / 2] ^= 0x40
    case "truncate": bytes.removeLast(bytes.count / 3)
    case "empty": bytes = []
    case "foreign": bytes = Array("{\"format\": \"dossier\"}".utf8)
    default: bytes[7] = 0
    }
    try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
    let reopened = try scratch.cache.load(path: scratch.file)
    #expect(reopened.cacheOutcome == .written, "the damaged snapshot was not trusted")
    #expect(reopened.dossier.entities.count == 60)
    #expect(try scratch.cache.load(path: scratch.file).cacheOutcome == .used)
  }

  @Test func aBackgroundCheckFindsDamageAndDeletesTheSnapshot() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(40, seed: 8))
    _ = try scratch.cache.load(path: scratch.file)
    let snapshot = try #require(scratch.snapshots.first)
    let clean = try scratch.cache.load(path: scratch.file, checksInBackground: true)
    #expect(clean.cacheOutcome == .used)
    #expect(try #require(clean.snapshotCheck).wait() == false)
    #expect(scratch.snapshots == [snapshot])

    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
    bytes[bytes.count - 100] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
    let damaged = try scratch.cache.load(path: scratch.file, checksInBackground: true)
    #expect(damaged.cacheOutcome == .used, "shown at once, checked after")
    #expect(try #require(damaged.snapshotCheck).wait() == true)
    #expect(scratch.snapshots.isEmpty, "the damaged snapshot is deleted")
    #expect(try scratch.cache.load(path: scratch.file).cacheOutcome == .written)
  }

  /// A snapshot damaged anywhere but used before its check finishes: reading every entity,
  /// link and link group and searching may show wrong text but never crashes.
  @Test func aDamagedSnapshotInUseNeverCrashes() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(30, seed: 9))
    _ = try scratch.cache.load(path: scratch.file)
    let snapshot = try #require(scratch.snapshots.first)
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
    var generator = SeededGenerator(seed: 9)
    var used = 0
    for _ in 0..<40 {
      var bytes = original
      for _ in 0..<3 {
        let position = Int.random(in: 64..<bytes.count, using: &generator)
        bytes[position] = UInt8.random(in: 0...255, using: &generator)
      }
      try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
      let loaded = try scratch.cache.load(path: scratch.file, checksInBackground: true)
      guard loaded.cacheOutcome == .used else { continue }
      used += 1
      let dossier = loaded.dossier
      for index in dossier.entities.indices {
        _ = dossier.entities[index]
        _ = dossier.linkGroups(of: dossier.entities.id(at: index), limit: 5)
      }
      for link in dossier.links { _ = link.relation }
      _ = searches(dossier)
      #expect(loaded.snapshotCheck?.wait() == true)
    }
    #expect(used >= 10, "damaged snapshots were used, not only rejected: \(used)")
  }

  @Test func theBrowsersFirstOpenWritesTheSnapshotInTheBackground() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(50, seed: 10))
    let first = try scratch.cache.load(path: scratch.file, writesInBackground: true)
    #expect(first.cacheOutcome == .writingInBackground)
    #expect(first.dossier.entities.count == 150)
    for _ in 0..<200 where scratch.snapshots.isEmpty { usleep(50_000) }
    let again = try scratch.cache.load(path: scratch.file)
    #expect(again.cacheOutcome == .used)
    #expect(again.dossier.content == first.dossier.content)
  }

  /// Damage aimed where bounds matter most, used before the checksum is verified: record
  /// offsets with their high bit set, and link ends that point nowhere.
  @Test(arguments: ["entity offsets", "link ends"])
  func aimedDamageInUseNeverCrashes(target: String) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(20, seed: 11))
    let good = try scratch.cache.load(path: scratch.file)
    let snapshot = try #require(scratch.snapshots.first)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
    let columns = Self.columnStarts(bytes)
    switch target {
    case "entity offsets":
      // Metadata, kinds, dates, then the entity offsets: set the high bit of each.
      let (start, count) = columns[3]
      for value in 0..<count { bytes[start + value * 8 + 7] |= 0x80 }
    default:
      // … entity records, link offsets, link records, timeline, actors, projects, rank,
      // types, id order, relation ordinals, link sources, then link targets: all -1.
      let (start, count) = columns[15]
      for byte in start..<(start + count * 4) { bytes[byte] = 0xFF }
    }
    try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
    let loaded = try scratch.cache.load(path: scratch.file, checksInBackground: true)
    let dossier = loaded.dossier
    for index in dossier.entities.indices {
      _ = dossier.entities[index]
      _ = dossier.entities.name(at: index)
      _ = dossier.linkGroups(of: dossier.entities.id(at: index))
    }
    for link in dossier.links { _ = link.relation }
    _ = searches(dossier)
    if loaded.cacheOutcome == .used {
      #expect(loaded.snapshotCheck?.wait() == true)
    } else {
      #expect(dossier.content == good.dossier.content, "rejected, and read from the file")
    }
  }

  /// Where each column of a snapshot starts, and its count: a column begins on an 8-byte
  /// boundary with its count.
  private static func columnStarts(_ bytes: [UInt8]) -> [(start: Int, count: Int)] {
    var columns: [(Int, Int)] = []
    var position = DossierSnapshot.headerSize
    let sizes = [1, 1, 8, 8, 1, 8, 1, 4, 4, 4, 4, 4, 4, 4, 4, 4]
    for size in sizes {
      position = (position + 7) / 8 * 8
      let count = bytes[position..<(position + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
      columns.append((position + 8, count))
      position += 8 + count * size
    }
    return columns
  }

  @Test func aFileOpenedThroughALinkInAnotherFolderReadsThatFoldersTextFiles() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    var builder = DossierBuilder()
    builder.source("s", textFile: "article.txt")
    builder.event("e", name: "Event", date: "2020", quotes: [.init(source: "s", text: "said")])
    let other = scratch.folder + "/other"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    try scratch.write("It was said here.", to: scratch.folder + "/article.txt")
    try scratch.write("It was said there.", to: other + "/article.txt")
    try scratch.write(builder.json)
    try FileManager.default.createSymbolicLink(
      atPath: other + "/dossier.json", withDestinationPath: scratch.file)
    let throughLink = try scratch.cache.load(path: other + "/dossier.json")
    #expect(throughLink.dossier.sources.first?.text == "It was said there.")
    let direct = try scratch.cache.load(path: scratch.file)
    #expect(direct.cacheOutcome == .written, "another folder of text files, another snapshot")
    #expect(direct.dossier.sources.first?.text == "It was said here.")
  }

  @Test func temporaryFilesOfWritersThatEndedAreDeleted() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(
      atPath: scratch.folder + "/cache", withIntermediateDirectories: true)
    let ended = scratch.folder + "/cache/abc.snapshot.999999999.1.tmp"
    let running = scratch.folder + "/cache/abc.snapshot.\(getpid()).2.tmp"
    for path in [ended, running] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3])))
    }
    try scratch.write(generated(5, seed: 12))
    _ = try scratch.cache.load(path: scratch.file)
    #expect(!FileManager.default.fileExists(atPath: ended))
    #expect(
      FileManager.default.fileExists(atPath: running), "a writer still running keeps its file")
  }

  @Test func manyOpensAtOnceAllWork() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write(generated(200, seed: 5))
    let expected = try DossierLoader.load(.file(path: scratch.file)).dossier.content
    let results = ConcurrentResults(count: 6)
    let cache = scratch.cache
    let file = scratch.file
    DispatchQueue.concurrentPerform(iterations: 6) { index in
      results.store(index, Result { try cache.load(path: file).dossier.content })
    }
    for result in results.all {
      #expect(try result.get() == expected)
    }
    #expect(scratch.snapshots.count == 1)
    #expect(try scratch.cache.load(path: scratch.file).cacheOutcome == .used)
  }

  @Test func theCacheStaysWithinItsLimit() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    var sizes: [Int] = []
    for seed in 0..<4 {
      try scratch.write(generated(30, seed: UInt64(seed)), to: scratch.folder + "/\(seed).json")
    }
    let measure = scratch.cache
    _ = try measure.load(path: scratch.folder + "/0.json")
    sizes = scratch.snapshots.map {
      (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0
    }
    let one = try #require(sizes.first)
    let limited = DossierCache(
      directory: scratch.folder + "/cache", maxBytes: one * 5 / 2, racyWindow: Scratch.window)
    for seed in 1..<4 {
      #expect(try limited.load(path: scratch.folder + "/\(seed).json").cacheOutcome == .written)
    }
    let total = scratch.snapshots.reduce(0) { sum, path in
      sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
    #expect(total <= one * 5 / 2)
    #expect(scratch.snapshots.count == 2, "the two most recent stay")
    #expect(try limited.load(path: scratch.folder + "/3.json").cacheOutcome == .used)
    #expect(try limited.load(path: scratch.folder + "/0.json").cacheOutcome == .written)
  }
}

/// Results written by concurrent iterations, one slot each.
private final class ConcurrentResults: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<DossierContent, any Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ index: Int, _ result: Result<DossierContent, any Error>) {
    lock.withLock { slots[index] = result }
  }

  var all: [Result<DossierContent, any Error>] { lock.withLock { slots.compactMap { $0 } } }
}
