import Foundation
import Testing

/// Every command answers the same from the cache as from the file itself, on generated
/// dossiers in each format; `--no-cache` leaves the cache alone; processes opening the same
/// file at once all work.
@Suite struct CacheCommandTests {
  /// A folder with generated files and a cache folder of its own.
  private struct Scratch {
    let folder = NSTemporaryDirectory() + "dossier-cache-cli-\(UUID().uuidString)"
    var cacheHome: String { folder + "/cache-home" }
    var environment: [String: String] { ["XDG_CACHE_HOME": cacheHome] }

    var snapshotCount: Int {
      let names = try? FileManager.default.contentsOfDirectory(atPath: cacheHome + "/dossier")
      return (names ?? []).filter { $0.hasSuffix(".snapshot") }.count
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  /// A native dossier of `count` entities of each kind, with summaries, aliases, dated
  /// events, quotes and links; words with diacritics and capitals.
  private func generatedNative(_ count: Int) -> String {
    let words = ["Belt", "road", "Astana", "Ålesund", "hydropower", "wind", "farm", "Xi", "plant"]
    var state: UInt64 = 42
    func word() -> String {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return words[Int(state >> 33) % words.count]
    }
    func text(_ length: Int) -> String { (0..<length).map { _ in word() }.joined(separator: " ") }
    func entity(_ id: String, _ extra: String) -> String {
      "{\"id\": \"\(id)\", \"name\": \"\(text(3))\", \"type\": \"thing\", "
        + "\"summary\": \"\(text(6))\", \"aliases\": [\"\(text(2))\"]\(extra)}"
    }
    let events = (0..<count).map { index in
      entity(
        "e\(index)",
        ", \"date\": \"20\(10 + index % 10)-0\(1 + index % 9)\", \"evidence\": "
          + "[{\"source\": \"s\", \"quote\": \"word \(index % 7)\"}]")
    }
    let actors = (0..<count).map { entity("a\($0)", "") }
    let projects = (0..<count).map { entity("p\($0)", "") }
    let links = (0..<count).flatMap { index in
      [
        "{\"from\": \"e\(index)\", \"relation\": \"involves\", \"to\": \"a\(index % 7)\"}",
        "{\"from\": \"a\(index)\", \"relation\": \"runs\", \"to\": \"p\(index / 2)\"}",
      ]
    }
    let sourceText = (0..<7).map { "word \($0)" }.joined(separator: ", ")
    return """
      {"format": "dossier", "version": 1, "title": "Generated",
       "sources": [{"id": "s", "title": "Source", "text": "\(sourceText)"}],
       "events": [\(events.joined(separator: ",\n"))],
       "actors": [\(actors.joined(separator: ",\n"))],
       "projects": [\(projects.joined(separator: ",\n"))],
       "links": [\(links.joined(separator: ",\n"))]}
      """
  }

  /// The commands compared, each ending with `--data FILE` added by the caller.
  private let commands: [[String]] = [
    ["check"], ["list", "events"], ["list", "actors", "--json"], ["list", "projects"],
    ["show", "a3"], ["show", "e10", "--json"], ["search", "astana"], ["search", "Belt", "--json"],
    ["search", "ower"], ["search", "alesund", "ro"], ["export", "--format", "markdown"],
    ["export", "--format", "json"], ["export", "--format", "ftm"],
    ["export", "--format", "timelinejs"],
  ]

  @Test func everyCommandAnswersTheSameFromTheCache() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(
      atPath: scratch.folder, withIntermediateDirectories: true)
    let native = scratch.folder + "/generated.json"
    try generatedNative(150).write(toFile: native, atomically: false, encoding: .utf8)
    let ftm = scratch.folder + "/generated.ftm.json"
    try runDossier(["export", "--format", "ftm", "--data", native, "--no-cache"]).stdout
      .write(toFile: ftm, atomically: false, encoding: .utf8)
    sleep(3)  // Older than the 2 s in which a change could go unseen: cacheable.
    for file in [native, ftm] {
      var first = try runDossier(
        ["check", "--timing", "--data", file], environment: scratch.environment)
      #expect(first.stderr.contains("cache: written"), "\(first)")
      first = try runDossier(
        ["check", "--timing", "--data", file], environment: scratch.environment)
      #expect(first.stderr.contains("cache: used"), "\(first)")
      for command in commands {
        let plain = try runDossier(command + ["--data", file, "--no-cache"])
        let cached = try runDossier(command + ["--data", file], environment: scratch.environment)
        #expect(plain.status == 0, "\(plain)")
        #expect(cached.stdout == plain.stdout, "\(command) on \(file)")
        #expect(cached.stderr == plain.stderr, "\(command) on \(file)")
        #expect(cached.status == plain.status)
      }
    }
    #expect(scratch.snapshotCount == 2)
  }

  @Test func noCacheNeitherReadsNorWritesTheCache() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let example = DossierBinary.packageRoot.appendingPathComponent(
      "docs/examples/payments.ftm.json")
    let result = try runDossier(
      ["check", "--timing", "--no-cache", "--data", example.path], environment: scratch.environment)
    #expect(result.status == 0)
    #expect(!result.stderr.contains("cache:"))
    #expect(scratch.snapshotCount == 0)
    let cached = try runDossier(
      ["check", "--timing", "--data", example.path], environment: scratch.environment)
    #expect(cached.stderr.contains("cache: written"), "\(cached)")
    #expect(scratch.snapshotCount == 1)
  }

  @Test func processesOpeningTheSameFileAtOnceAllWork() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(
      atPath: scratch.folder, withIntermediateDirectories: true)
    let file = scratch.folder + "/generated.json"
    try generatedNative(400).write(toFile: file, atomically: false, encoding: .utf8)
    sleep(3)
    let expected = try runDossier(["list", "actors", "--data", file, "--no-cache"]).stdout
    let results = ResultSlots(count: 4)
    DispatchQueue.concurrentPerform(iterations: 4) { index in
      results.store(
        index,
        Result {
          try runDossier(["list", "actors", "--data", file], environment: scratch.environment)
        })
    }
    for result in results.all {
      let run = try result.get()
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == expected)
    }
    #expect(scratch.snapshotCount == 1)
    let again = try runDossier(
      ["check", "--timing", "--data", file], environment: scratch.environment)
    #expect(again.stderr.contains("cache: used"), "\(again)")
  }
}

/// Results written by concurrent iterations, one slot each.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<RunResult, any Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ index: Int, _ result: Result<RunResult, any Error>) {
    lock.withLock { slots[index] = result }
  }

  var all: [Result<RunResult, any Error>] { lock.withLock { slots.compactMap { $0 } } }
}
