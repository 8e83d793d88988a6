import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An error with a readable message, thrown by the harness so that tests fail clearly.
struct HarnessError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The result of running a process to completion.
struct ProcessResult {
  let status: Int32
  let stdout: String
  let stderr: String
}

/// Runs an executable to completion, with stdin from /dev/null and stdout/stderr captured.
///
/// Uses posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit hangs
/// inside the test runner here. Output goes to files, not pipes: `tmux new-session` forks a
/// server that inherits the output descriptors and would keep a pipe open forever.
func runProcess(_ executable: String, _ arguments: [String]) throws -> ProcessResult {
  let directory = FileManager.default.temporaryDirectory
  let outPath = directory.appendingPathComponent("dossier-test-\(UUID().uuidString).out").path
  let errPath = directory.appendingPathComponent("dossier-test-\(UUID().uuidString).err").path
  defer {
    try? FileManager.default.removeItem(atPath: outPath)
    try? FileManager.default.removeItem(atPath: errPath)
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer {
    for pointer in argv { free(pointer) }
  }
  // Threads of the test runner block signals; a spawned tmux server would inherit that mask
  // and never notice its pane exiting, so start children with no blocked signals.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var noSignals = sigset_t()
  sigemptyset(&noSignals)
  posix_spawnattr_setsigmask(&attributes, &noSignals)
  var defaults = sigset_t()
  sigemptyset(&defaults)
  for signal in [SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGPIPE, SIGQUIT] {
    sigaddset(&defaults, signal)
  }
  posix_spawnattr_setsigdefault(&attributes, &defaults)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
  guard spawned == 0 else {
    throw HarnessError("could not start \(executable): \(String(cString: strerror(spawned)))")
  }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 {
    guard errno == EINTR else { throw HarnessError("waitpid failed: \(errno)") }
  }
  let exitStatus: Int32 =
    (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  let outData = FileManager.default.contents(atPath: outPath) ?? Data()
  let errData = FileManager.default.contents(atPath: errPath) ?? Data()
  return ProcessResult(
    status: exitStatus,
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// Quotes a string for a POSIX shell.
func shellQuoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Paths of the built tools the tests need.
enum Tools {
  /// The built `dossier` executable: next to the test bundle, else under the package's
  /// `.build*/debug` directories.
  static func dossier(filePath: String = #filePath) throws -> String {
    var candidates: [URL] = []
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("dossier"))
    candidates.append(
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dossier"))
    if let first = CommandLine.arguments.first {
      let runner = URL(fileURLWithPath: first).resolvingSymlinksInPath()
      candidates.append(runner.deletingLastPathComponent().appendingPathComponent("dossier"))
    }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      candidates.append(
        bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("dossier"))
    }
    let packageRoot = URL(fileURLWithPath: filePath)
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    for scratch in [".build-tmuxtests", ".build"] {
      candidates.append(packageRoot.appendingPathComponent("\(scratch)/debug/dossier"))
    }
    let manager = FileManager.default
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue, manager.isExecutableFile(atPath: candidate.path)
      {
        return candidate.standardizedFileURL.path
      }
    }
    throw HarnessError(
      "the built `dossier` executable was not found; build it with "
        + "`swift build --scratch-path .build-tmuxtests`. Looked in:\n"
        + candidates.map(\.path).joined(separator: "\n"))
  }

  /// The `tmux` executable from PATH; a missing tmux is a test failure, not a skip.
  static func tmux() throws -> String {
    try executable(
      named: "tmux", hint: "install tmux (e.g. `apt-get install tmux`) to run these tests")
  }

  static func executable(named name: String, hint: String) throws -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw HarnessError("`\(name)` was not found in PATH: \(hint)")
  }
}

/// One private tmux server (its own socket) running one session with one pane.
final class TmuxSession {
  let tmux: String
  let socket: String
  let target = "main"
  private var killed = false

  /// Starts a detached session of the given size running `command` (through the shell).
  init(command: String, width: Int = 100, height: Int = 30) throws {
    tmux = try Tools.tmux()
    socket = "dossier-test-\(UUID().uuidString)"
    let result = try runProcess(
      tmux,
      [
        "-L", socket, "-f", "/dev/null", "new-session", "-d",
        "-x", String(width), "-y", String(height), "-s", target, command,
      ])
    guard result.status == 0 else {
      throw HarnessError("tmux new-session failed (\(result.status)): \(result.stderr)")
    }
    // Keep the pane after its command exits, so the last screen can still be read.
    _ = try? run(["set-option", "-t", target, "remain-on-exit", "on"])
  }

  deinit { kill() }

  /// Kills the private tmux server; safe to call more than once.
  func kill() {
    guard !killed else { return }
    killed = true
    let path = try? runProcess(tmux, ["-L", socket, "display-message", "-p", "#{socket_path}"])
    _ = try? runProcess(tmux, ["-L", socket, "kill-server"])
    // The server leaves its socket file behind; remove it.
    if let socketPath = path?.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
      socketPath.hasSuffix(socket)
    {
      try? FileManager.default.removeItem(atPath: socketPath)
    }
  }

  @discardableResult
  func run(_ arguments: [String]) throws -> ProcessResult {
    let result = try runProcess(tmux, ["-L", socket] + arguments)
    guard result.status == 0 else {
      throw HarnessError(
        "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    }
    return result
  }

  /// The visible screen, one string per row.
  func capture() throws -> String {
    try run(["capture-pane", "-p", "-t", target]).stdout
  }

  /// The visible screen with its colours and attributes as escape sequences.
  func captureStyled() throws -> String {
    try run(["capture-pane", "-p", "-e", "-t", target]).stdout
  }

  /// The whole pane including scrollback, wrapped lines joined.
  func captureAll() throws -> String {
    try run(["capture-pane", "-p", "-J", "-S", "-", "-t", target]).stdout
  }

  /// Sends tmux key names (e.g. "j", "Enter", "BSpace", "C-c").
  func send(_ keys: String...) throws {
    try run(["send-keys", "-t", target] + keys)
  }

  /// Sends text literally.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", target, "-l", text])
  }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
  }

  /// The pid of the pane's first process.
  func panePid() throws -> Int32 {
    let text = try run(["display-message", "-p", "-t", target, "#{pane_pid}"]).stdout
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw HarnessError("could not read the pane pid from \(text.debugDescription)")
    }
    return pid
  }

  /// The pid of the program the pane's shell runs (its first child).
  func programPid() throws -> Int32 {
    let shell = try panePid()
    let children = try runProcess(
      try Tools.executable(named: "pgrep", hint: "install procps"), ["-P", String(shell)])
    let pids = children.stdout.split(separator: "\n").compactMap { Int32($0) }
    guard let pid = pids.first else {
      throw HarnessError("no child process of the pane's shell \(shell)")
    }
    return pid
  }

  /// Whether the pane shows its alternate screen, and whether its cursor is visible.
  func screenModes() throws -> (alternate: Bool, cursorVisible: Bool) {
    let text = try run(
      ["display-message", "-p", "-t", target, "#{alternate_on} #{cursor_flag}"]
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    return (text.hasPrefix("1"), text.hasSuffix("1"))
  }

  /// Polls the screen every 50 ms until `predicate` holds on two captures in a row that are the
  /// same; fails with the last screen.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: Double = 20, all: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ predicate: (Screen) -> Bool
  ) async throws -> Screen {
    let deadline = Date().addingTimeInterval(timeout)
    var last = Screen(text: "")
    var previous: Screen?
    while true {
      last = Screen(text: all ? try captureAll() : try capture())
      // A capture can fall between two rows' writes: the screen counts once it holds still.
      let holds = predicate(last)
      if holds, previous?.text == last.text { return last }
      // At the deadline a screen that holds counts, still or not: a loaded machine is slow.
      if Date() >= deadline {
        if holds { return last }
        break
      }
      previous = holds ? last : nil
      try await Task.sleep(nanoseconds: 50_000_000)
    }
    let message = "timed out after \(timeout)s waiting for \(what); last screen:\n\(last.text)"
    throw HarnessError("\(sourceLocation): \(message)")
  }

  /// Polls until `text` appears on the screen.
  @discardableResult
  func waitFor(
    _ text: String, timeout: Double = 20, all: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> Screen {
    try await waitUntil(
      "\(text.debugDescription) to appear", timeout: timeout, all: all,
      sourceLocation: sourceLocation
    ) { $0.text.contains(text) }
  }
}

/// A captured screen with helpers to read the browser's regions.
struct Screen {
  let text: String

  var lines: [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The status bar: the last non-empty row.
  var statusBar: String {
    lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
  }

  /// The detail pane's rows: the text right of the first "│" on each row below the tab bar.
  var detailLines: [String] {
    lines.dropFirst().compactMap { line in
      guard let bar = line.firstIndex(of: "│") else { return nil }
      return line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)
    }
  }

  /// The detail pane's first line (the entity's name, possibly wrapped).
  var detailTitle: String { detailLines.first ?? "" }

  /// The shell's "EXITED n" line, if the program has exited.
  var exitStatus: Int32? {
    for line in lines {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("EXITED ") else { continue }
      // Without an alternate screen (vt100) the report can overwrite the old status bar.
      if let code = Int32(String(trimmed.dropFirst(7).prefix { $0.isNumber })) { return code }
    }
    return nil
  }

  /// The whitespace/semicolon separated words of the screen (for `stty -a` output).
  var words: Set<String> {
    Set(
      text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" || $0 == "\t" })
        .map(String.init))
  }
}

/// A shell command that runs `command`, then reports its exit status and the tty modes.
func reportingExit(_ command: String, trapInterrupt: Bool = false) -> String {
  let trap = trapInterrupt ? "trap 'echo GOT-INT' INT; " : ""
  return "sh -c " + shellQuoted("\(trap)\(command); echo EXITED $?; stty -a; sleep 30")
}

/// Checks that `stty -a` output on the screen shows a cooked, echoing terminal, with its
/// signal keys and flow control back.
func expectSaneTerminal(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
  let words = screen.words
  for mode in ["isig", "ixon"] {
    #expect(
      words.contains(mode) && !words.contains("-" + mode),
      "stty shows no \(mode):\n\(screen.text)", sourceLocation: sourceLocation)
  }
  #expect(
    words.contains("icanon"), "stty shows no icanon:\n\(screen.text)",
    sourceLocation: sourceLocation)
  #expect(
    words.contains("echo"), "stty shows no echo:\n\(screen.text)", sourceLocation: sourceLocation)
  #expect(
    !words.contains("-icanon"), "terminal left in -icanon:\n\(screen.text)",
    sourceLocation: sourceLocation)
  #expect(
    !words.contains("-echo"), "terminal left in -echo:\n\(screen.text)",
    sourceLocation: sourceLocation)
}
