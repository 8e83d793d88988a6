import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Shared support for the end-to-end tests: finding the built `dossier` binary, running it
// with captured stdout, stderr and exit status, temporary files, and the bundled dossier
// parsed independently of the program (with JSONSerialization) to derive expectations.

/// A failure of the test harness itself (binary missing, cannot launch, hung process).
struct HarnessError: Error, CustomStringConvertible {
  let description: String
}

// MARK: - Finding the binary

/// Locates the `dossier` executable built alongside the test bundle.
enum DossierBinary {
  /// The package's root folder, from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // DossierCLITests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The binary, or nil when none was found.
  static let url: URL? = locate()

  /// The binary, or an error explaining where it was looked for.
  static func require() throws -> URL {
    if let url { return url }
    if let override = ProcessInfo.processInfo.environment["DOSSIER_BINARY"], !override.isEmpty {
      throw HarnessError(description: "DOSSIER_BINARY=\(override) is not an executable file")
    }
    throw HarnessError(
      description: """
        cannot find the built `dossier` executable. Looked next to the test bundle \
        (\(searchStarts().map(\.path).joined(separator: ", ")) and their parents) and in \
        \(packageRoot.path)/.build*/debug/. Build it with `swift build`, or set \
        DOSSIER_BINARY to its path.
        """)
  }

  private static func locate() -> URL? {
    if let override = ProcessInfo.processInfo.environment["DOSSIER_BINARY"], !override.isEmpty {
      let url = URL(fileURLWithPath: override)
      return isExecutableFile(url) ? url : nil
    }
    // Next to the test bundle first: that is the binary built with these tests, whatever
    // the scratch path (`swift test --scratch-path X`).
    for start in searchStarts() {
      var directory = start.standardizedFileURL
      for _ in 0..<6 {
        let candidate = directory.appendingPathComponent("dossier")
        if isExecutableFile(candidate) { return candidate }
        let parent = directory.deletingLastPathComponent()
        if parent.path == directory.path { break }
        directory = parent
      }
    }
    return fallbackInPackage()
  }

  /// Where the test process runs from: the main bundle, any `.xctest` bundle (macOS),
  /// and the folder of the running executable.
  private static func searchStarts() -> [URL] {
    var starts = [Bundle.main.bundleURL]
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
      .map { $0.deletingLastPathComponent() }
    if let first = CommandLine.arguments.first, !first.isEmpty {
      starts.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    var seen: Set<String> = []
    return starts.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  /// `<package>/.build*/debug/dossier` (or `.build*/<triple>/debug/dossier`), newest first.
  private static func fallbackInPackage() -> URL? {
    let manager = FileManager.default
    let scratchNames =
      (try? manager.contentsOfDirectory(atPath: packageRoot.path))?
      .filter { $0.hasPrefix(".build") } ?? []
    var candidates: [URL] = []
    for name in scratchNames {
      let scratch = packageRoot.appendingPathComponent(name)
      candidates.append(scratch.appendingPathComponent("debug/dossier"))
      for triple in (try? manager.contentsOfDirectory(atPath: scratch.path)) ?? [] {
        candidates.append(scratch.appendingPathComponent("\(triple)/debug/dossier"))
      }
    }
    func modified(_ url: URL) -> Date {
      ((try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date)
        ?? .distantPast
    }
    return candidates.filter(isExecutableFile).max { modified($0) < modified($1) }
  }

  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
  }
}

// MARK: - Running the binary

/// What one run of `dossier` produced.
struct RunResult: Sendable, CustomStringConvertible {
  let arguments: [String]
  /// The exit status (or the signal number when killed by a signal).
  let status: Int32
  /// True when the process ended by a signal rather than by exiting.
  let killedBySignal: Bool
  let stdoutData: Data
  let stderrData: Data

  var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
  var stderr: String { String(decoding: stderrData, as: UTF8.self) }
  /// stdout followed by stderr.
  var output: String { stdout + stderr }

  /// stdout's lines, without the final empty one.
  var lines: [String] {
    var lines = stdout.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// stdout parsed as JSON.
  func json() throws -> Any {
    do {
      return try JSONSerialization.jsonObject(with: stdoutData, options: [.fragmentsAllowed])
    } catch {
      throw HarnessError(description: "stdout of \(self) is not JSON: \(error)\n\(stdout)")
    }
  }

  /// stdout parsed as a JSON array of objects.
  func jsonObjects() throws -> [[String: Any]] {
    guard let array = try json() as? [[String: Any]] else {
      throw HarnessError(description: "stdout of \(self) is not an array of objects:\n\(stdout)")
    }
    return array
  }

  /// stdout parsed as one JSON object.
  func jsonObject() throws -> [String: Any] {
    guard let object = try json() as? [String: Any] else {
      throw HarnessError(description: "stdout of \(self) is not a JSON object:\n\(stdout)")
    }
    return object
  }

  var description: String {
    "`" + (["dossier"] + arguments).joined(separator: " ") + "` (exit \(status))"
  }

  /// A summary for failure messages, with control characters written as `\u{…}` so
  /// that a failing test cannot send escape sequences to the terminal running it.
  var transcript: String {
    "\(self)\n--- stdout ---\n\(visible(stdout))\n--- stderr ---\n\(visible(stderr))"
  }
}

/// Collects everything a file descriptor yields until end of file, on its own thread, so
/// a child never blocks on a full pipe while the test waits for it.
private final class DrainingReader: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  /// Starts reading `descriptor` (not closed by the reader).
  init(descriptor: Int32) {
    let thread = Thread { [self] in
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
          lock.lock()
          data.append(contentsOf: buffer[0..<count])
          lock.unlock()
        } else if count < 0, errno == EINTR {
          continue
        } else {
          break  // End of file, or EIO from a terminal whose other side closed.
        }
      }
      done.signal()
    }
    thread.start()
  }

  /// Everything read, once the writer has closed (or `timeout` passed).
  func result(timeout: DispatchTime) -> Data {
    _ = done.wait(timeout: timeout)
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}

/// Runs `script` in bash with this test's environment (the test cache folder, `$DOSSIER`
/// the built binary and its folder first on the PATH) and `environment` on top; its status,
/// standard output and standard error, each read to its end. A script still running after
/// `timeout` seconds is killed, and the test fails.
func runBash(
  _ script: String, environment: [String: String] = [:], timeout: TimeInterval = 60
) throws -> (
  status: Int32, stdout: String, stderr: String
) {
  let binary = try DossierBinary.require()
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/bash")
  process.arguments = ["-c", script]
  var variables = ProcessInfo.processInfo.environment
  variables["DOSSIER"] = binary.path
  variables["PATH"] = binary.deletingLastPathComponent().path + ":" + (variables["PATH"] ?? "")
  variables["XDG_CACHE_HOME"] = testCacheHome
  variables.merge(environment) { _, new in new }
  process.environment = variables
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  process.standardInput = FileHandle.nullDevice
  let exited = DispatchSemaphore(value: 0)
  process.terminationHandler = { _ in exited.signal() }
  try process.run()
  let outputReader = DrainingReader(descriptor: output.fileHandleForReading.fileDescriptor)
  let errorReader = DrainingReader(descriptor: errors.fileHandleForReading.fileDescriptor)
  try? output.fileHandleForWriting.close()
  try? errors.fileHandleForWriting.close()
  guard exited.wait(timeout: .now() + timeout) == .success else {
    process.terminate()
    throw HarnessError(description: "bash -c \(script) ran for more than \(timeout) s")
  }
  let text = { (reader: DrainingReader) in
    String(decoding: reader.result(timeout: .now() + timeout), as: UTF8.self)
  }
  return (process.terminationStatus, text(outputReader), text(errorReader))
}

/// How stdout is connected when running the binary.
enum StdoutKind {
  /// A pipe (the usual case: not a terminal).
  case pipe
  /// A pseudo-terminal of the given width, so the program sees a TTY.
  case terminal(columns: Int)
}

/// Runs the built `dossier` with `arguments`.
///
/// - Parameters:
///   - environment: variables set on top of the test's own environment, from which
///     `NO_COLOR` is removed first so colour decisions depend only on what a test sets.
///   - stdin: bytes written to stdin, which is otherwise /dev/null (never a terminal).
///   - stdout: a pipe, or a pseudo-terminal.
///   - timeout: a process still running after this long is killed and the test fails.
@discardableResult
func runDossier(
  _ arguments: [String],
  environment: [String: String] = [:],
  stdin: Data? = nil,
  stdout stdoutKind: StdoutKind = .pipe,
  timeout: TimeInterval = 60,
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> RunResult {
  let binary = try DossierBinary.require()
  signal(SIGPIPE, SIG_IGN)  // A child that exits without reading stdin must not kill us.

  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = nil
  env["XDG_CACHE_HOME"] = testCacheHome
  env.merge(environment) { _, new in new }
  process.environment = env

  let errPipe = Pipe()
  process.standardError = errPipe
  let inPipe = stdin.map { _ in Pipe() }
  process.standardInput = inPipe ?? FileHandle.nullDevice

  var outPipe: Pipe?
  var terminal: (primary: Int32, secondary: FileHandle)?
  switch stdoutKind {
  case .pipe:
    outPipe = Pipe()
    process.standardOutput = outPipe
  case .terminal(let columns):
    let opened = try openTerminal(columns: columns)
    terminal = opened
    process.standardOutput = opened.secondary
  }
  defer {
    if let terminal { close(terminal.primary) }
  }

  let exited = DispatchSemaphore(value: 0)
  process.terminationHandler = { _ in exited.signal() }
  do {
    try process.run()
  } catch {
    throw HarnessError(description: "cannot launch \(binary.path): \(error)")
  }
  // The child holds its own copies; closing ours lets the readers see end of file.
  try? errPipe.fileHandleForWriting.close()
  try? outPipe?.fileHandleForWriting.close()
  try? terminal?.secondary.close()
  try? inPipe?.fileHandleForReading.close()

  let outReader = DrainingReader(
    descriptor: outPipe?.fileHandleForReading.fileDescriptor ?? terminal!.primary)
  let errReader = DrainingReader(descriptor: errPipe.fileHandleForReading.fileDescriptor)
  if let inPipe, let stdin {
    let writer = inPipe.fileHandleForWriting
    Thread {
      try? writer.write(contentsOf: stdin)
      try? writer.close()
    }.start()
  }

  var timedOut = false
  if exited.wait(timeout: .now() + timeout) == .timedOut {
    timedOut = true
    // Foundation starts the child as the leader of its own process group: end the whole
    // group, so that no grandchild keeps the pipes open.
    let pid = process.processIdentifier
    let target = getpgid(pid) == pid ? -pid : pid
    kill(target, SIGTERM)
    if exited.wait(timeout: .now() + 3) == .timedOut {
      kill(target, SIGKILL)
      _ = exited.wait(timeout: .now() + 10)
    }
  }
  let running = process.isRunning
  if !running { process.waitUntilExit() }
  let result = RunResult(
    arguments: arguments,
    status: running ? -1 : process.terminationStatus,
    killedBySignal: !running && process.terminationReason == .uncaughtSignal,
    stdoutData: outReader.result(timeout: .now() + 10),
    stderrData: errReader.result(timeout: .now() + 10))
  if timedOut {
    throw HarnessError(
      description: "\(result) did not finish within \(Int(timeout)) s and was killed\n"
        + result.transcript)
  }
  if result.killedBySignal {
    Issue.record(
      Comment(rawValue: "\(result) crashed with signal \(result.status)\n" + result.transcript),
      sourceLocation: sourceLocation)
  }
  return result
}

/// The cache folder of every `dossier` these tests run, unless a test sets its own: one
/// per test process, so that the user's cache is left alone.
let testCacheHome = NSTemporaryDirectory() + "dossier-cli-tests-\(getpid())"

/// Runs `dossier` with variadic arguments.
@discardableResult
func runDossier(
  _ arguments: String..., environment: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> RunResult {
  try runDossier(arguments, environment: environment, sourceLocation: sourceLocation)
}

/// Opens a pseudo-terminal `columns` wide: the primary side to read from, and the
/// secondary side to hand to the child as its stdout.
private func openTerminal(columns: Int) throws -> (primary: Int32, secondary: FileHandle) {
  let calls = try PseudoTerminalCalls()
  let primary = calls.openPrimary(O_RDWR | O_NOCTTY | O_CLOEXEC)
  var name = [CChar](repeating: 0, count: 256)
  guard primary >= 0, calls.grant(primary) == 0, calls.unlock(primary) == 0,
    calls.name(primary, &name, name.count) == 0
  else {
    if primary >= 0 { close(primary) }
    throw HarnessError(description: "cannot open a pseudo-terminal (errno \(errno))")
  }
  let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  let secondary = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
  guard secondary >= 0 else {
    close(primary)
    throw HarnessError(description: "cannot open \(path) (errno \(errno))")
  }
  var size = winsize()
  size.ws_row = 50
  size.ws_col = UInt16(columns)
  _ = ioctl(secondary, UInt(TIOCSWINSZ), &size)
  return (primary, FileHandle(fileDescriptor: secondary, closeOnDealloc: true))
}

/// The C library's pseudo-terminal calls, looked up at run time: Glibc's module map
/// leaves `posix_openpt` and friends out (they need `_XOPEN_SOURCE`).
private struct PseudoTerminalCalls {
  typealias OpenPrimary = @convention(c) (Int32) -> Int32
  typealias Control = @convention(c) (Int32) -> Int32
  typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

  let openPrimary: OpenPrimary
  let grant: Control
  let unlock: Control
  let name: Name

  init() throws {
    let library = dlopen(nil, RTLD_NOW)
    func lookUp<T>(_ symbol: String, as type: T.Type) throws -> T {
      guard let address = dlsym(library, symbol) else {
        throw HarnessError(description: "\(symbol) is not available")
      }
      return unsafeBitCast(address, to: type)
    }
    openPrimary = try lookUp("posix_openpt", as: OpenPrimary.self)
    grant = try lookUp("grantpt", as: Control.self)
    unlock = try lookUp("unlockpt", as: Control.self)
    name = try lookUp("ptsname_r", as: Name.self)
  }
}

// MARK: - Temporary files

/// A fresh temporary folder, removed when the body returns.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("dossier-cli-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  return try body(directory)
}

/// Writes `text` to `name` in `directory` and returns the file's path.
@discardableResult
func writeFile(_ text: String, named name: String, in directory: URL) throws -> String {
  let url = directory.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

// MARK: - The bundled dossier, read independently of the program

/// The bundled dossier file, parsed with JSONSerialization.
struct BundledFile {
  static let path = DossierBinary.packageRoot
    .appendingPathComponent("Resources/china-kazakhstan-bri.json").path

  let root: [String: Any]

  init() throws {
    guard let data = FileManager.default.contents(atPath: Self.path) else {
      throw HarnessError(description: "cannot read \(Self.path)")
    }
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw HarnessError(description: "\(Self.path) is not a JSON object")
    }
    self.root = root
  }

  var title: String { root["title"] as? String ?? "" }

  /// The entities of a kind ("events", "actors", "projects"), in file order.
  func entities(_ plural: String) -> [[String: Any]] {
    root[plural] as? [[String: Any]] ?? []
  }

  /// Every entity of every kind.
  var allEntities: [[String: Any]] {
    entities("events") + entities("actors") + entities("projects")
  }

  var links: [[String: Any]] { root["links"] as? [[String: Any]] ?? [] }

  var sources: [[String: Any]] { root["sources"] as? [[String: Any]] ?? [] }

  /// The entity with this id.
  func entity(_ id: String) -> [String: Any]? {
    allEntities.first { $0["id"] as? String == id }
  }

  /// Ids of the entities of a kind, ordered as the program documents: events by date
  /// (earliest first, more precise first on the same day, undated last), then by name;
  /// actors and projects by name (case- and diacritic-insensitively), then id.
  func orderedIDs(_ plural: String) -> [String] {
    entities(plural).sorted { left, right in
      if plural == "events" {
        let leftDate = (left["date"] as? String).map(DateKey.init)
        let rightDate = (right["date"] as? String).map(DateKey.init)
        switch (leftDate, rightDate) {
        case (let leftDate?, let rightDate?) where leftDate != rightDate:
          return leftDate < rightDate
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
      }
      return (nameKey(left), left.id) < (nameKey(right), right.id)
    }.map(\.id)
  }

  private func nameKey(_ entity: [String: Any]) -> String {
    (entity["name"] as? String ?? "").folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

/// A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a sort key: earliest day first,
/// and the more precise of two dates starting on the same day first.
struct DateKey: Comparable {
  let year: Int
  let month: Int
  let day: Int
  let precision: Int

  init(_ text: String) {
    let parts = text.split(separator: "-").map { Int($0) ?? 0 }
    year = parts.first ?? 0
    month = parts.count > 1 ? parts[1] : 1
    day = parts.count > 2 ? parts[2] : 1
    precision = parts.count
  }

  static func < (lhs: DateKey, rhs: DateKey) -> Bool {
    if (lhs.year, lhs.month, lhs.day) != (rhs.year, rhs.month, rhs.day) {
      return (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
    return lhs.precision > rhs.precision
  }
}

extension Dictionary where Key == String, Value == Any {
  /// The `id` field of a JSON object.
  var id: String { self["id"] as? String ?? "" }
}

// MARK: - Text helpers

/// Whether two values parsed by JSONSerialization are equal.
func jsonEqual(_ left: Any?, _ right: Any?) -> Bool {
  switch (left, right) {
  case (nil, nil): return true
  case (let left as NSObject, let right as NSObject): return left.isEqual(right)
  default: return false
  }
}

/// Any run of whitespace as one space, so wrapped output can be searched for a quote.
func collapsingWhitespace(_ text: String) -> String {
  text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The last whitespace-separated column of a table row (tables end with the ID column).
func lastColumn(_ line: Substring) -> String {
  line.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
}

/// The last whitespace-separated column of a table row.
func lastColumn(_ line: String) -> String { lastColumn(line[...]) }

/// Scalars that must never reach a terminal raw from data text: C0 controls other than
/// line feed (ESC, BEL, …), DEL and C1 controls (CSI U+009B, …).
func rawControlScalars(in text: String) -> [Unicode.Scalar] {
  text.unicodeScalars.filter { scalar in
    (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
  }
}

/// `text` with every control character but line feed written as `\u{…}`.
func visible(_ text: String) -> String {
  var output = ""
  for scalar in text.unicodeScalars {
    if rawControlScalars(in: String(scalar)).isEmpty {
      output.unicodeScalars.append(scalar)
    } else {
      output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }
  return output
}

/// `text` without SGR colour sequences (`ESC [ digits;… m`), the only escapes the program
/// itself writes on a terminal.
func removingColourCodes(_ text: String) -> String {
  text.replacingOccurrences(
    of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}

// MARK: - A dossier full of control characters

/// A dossier whose data text carries terminal escape sequences: CSI colour
/// (`ESC [31m`), an OSC title change ending in BEL (`ESC ]0;title BEL`), a C1 CSI
/// (U+009B) and a bidirectional override (U+202E). Its quote is found in the inline
/// "text" source, so the file loads cleanly.
enum HostileDossier {
  static let eventID = "hostile-event"
  static let actorID = "hostile-actor"
  static let projectID = "hostile-project"

  /// The JSON text: escapes written as JSON `\u` escapes, so the file itself is plain ASCII.
  static let json = #"""
    {
      "format": "dossier",
      "version": 1,
      "title": "Hostile \u001b[31mRed\u001b[0m dossier",
      "description": "Describes \u001b]0;title\u0007 things",
      "sources": [
        {
          "id": "hostile-source",
          "title": "Source \u001b]0;title\u0007 title",
          "publisher": "Press \u009b2J",
          "text": "He said \u001b[31mRed\u001b[0m loudly \u009b and \u202eevil\u202c more."
        }
      ],
      "events": [
        {
          "id": "hostile-event",
          "name": "Crimson \u001b[31mRed\u001b[0m summit",
          "type": "summit\u009b",
          "date": "2020-05",
          "dateNote": "Note \u001b]0;title\u0007 here",
          "summary": "Summary with \u001b]0;title\u0007 and C1 \u009b31m and \u202eevil\u202c text.",
          "aliases": ["Alias \u001b[1mBold\u001b[0m"],
          "properties": [
            {"key": "k", "label": "Label \u001b[2J", "values": ["Value \u009b1m", "\u202eevil\u202c"]}
          ],
          "evidence": [
            {
              "source": "hostile-source",
              "quote": "said \u001b[31mRed\u001b[0m loudly \u009b",
              "note": "Note \u0007 bell"
            }
          ]
        }
      ],
      "actors": [
        {"id": "hostile-actor", "name": "Crimson \u001b]0;title\u0007 actor", "type": "person"}
      ],
      "projects": [
        {"id": "hostile-project", "name": "Crimson \u009b2J project", "type": "plan"}
      ],
      "links": [
        {
          "from": "hostile-event",
          "to": "hostile-actor",
          "relation": "participant",
          "role": "host\u001b[0m",
          "properties": [{"key": "share", "label": "Share \u0007", "values": ["50\u001b[5m%"]}],
          "evidence": [{"source": "hostile-source", "quote": "loudly \u009b and"}]
        },
        {"from": "hostile-event", "to": "hostile-project", "relation": "involves"}
      ]
    }
    """#

  /// Writes the dossier into `directory` and returns its path.
  static func write(in directory: URL) throws -> String {
    try writeFile(json, named: "hostile.json", in: directory)
  }

  /// Checks human (or Markdown) output: no raw control character, and the escape
  /// sequences shown visibly.
  static func expectNeutralized(
    _ result: RunResult, visible: [String] = [#"\u{1B}"#],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 0, "\(result.transcript)", sourceLocation: sourceLocation)
    #expect(
      rawControlScalars(in: result.stdout).isEmpty,
      "raw control characters \(rawControlScalars(in: result.stdout).map { "U+" + String($0.value, radix: 16) }) in \(result.transcript)",
      sourceLocation: sourceLocation)
    #expect(
      !result.stdout.unicodeScalars.contains("\u{202E}"), "raw bidi override in \(result)",
      sourceLocation: sourceLocation)
    for notation in visible {
      #expect(
        result.stdout.contains(notation), "\(notation) not shown in \(result.transcript)",
        sourceLocation: sourceLocation)
    }
  }

  /// Checks `--json` output: escapes as JSON `\u` escapes, no raw control characters,
  /// and the original strings back when parsed.
  static func expectEscapedJSON(
    _ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 0, "\(result.transcript)", sourceLocation: sourceLocation)
    #expect(
      rawControlScalars(in: result.stdout).isEmpty, "raw control characters in \(result)",
      sourceLocation: sourceLocation)
    #expect(
      result.stdout.contains(#"\u001b"#), "no \\u001b escape in \(result.transcript)",
      sourceLocation: sourceLocation)
    #expect(
      (try? result.json()) != nil, "not valid JSON: \(result.transcript)",
      sourceLocation: sourceLocation)
  }
}
