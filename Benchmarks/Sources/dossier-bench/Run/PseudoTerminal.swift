import Glibc

/// A pseudo-terminal pair: the benchmark holds the master side and gives the slave to a
/// child process as its terminal.
struct PseudoTerminal {
  let master: Int32
  let slavePath: String

  /// Opens a pseudo-terminal of the given size.
  init(rows: Int, columns: Int) throws {
    let master = PseudoTerminalCalls.openpt(O_RDWR | O_NOCTTY)
    guard master >= 0 else { throw SpawnError(description: "posix_openpt failed") }
    var name = [CChar](repeating: 0, count: 128)
    guard PseudoTerminalCalls.grantpt(master) == 0, PseudoTerminalCalls.unlockpt(master) == 0,
      PseudoTerminalCalls.ptsname(master, &name, name.count) == 0
    else {
      _ = Glibc.close(master)
      throw SpawnError(description: "cannot set up a pseudo-terminal")
    }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      _ = Glibc.close(master)
      throw SpawnError(description: "cannot set the pseudo-terminal's size")
    }
    self.master = master
    slavePath = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Starts `executable` in a new session with the slave as its controlling terminal and
  /// its standard input, output and error.
  func spawn(_ executable: String, _ arguments: [String], environment: [String: String?]) throws
    -> pid_t
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, PseudoTerminalCalls.spawnSetSID)
    return try Subprocess.spawn(
      executable, arguments, actions: &actions, attributes: &attributes,
      environment: environment)
  }

  /// Waits up to `timeout` for output and returns what arrived: empty when nothing came
  /// in time, nil once the child side is closed.
  func read(timeout: Duration) -> [UInt8]? {
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let milliseconds = Int32(max(0, min(Double(Int32.max), timeout.milliseconds.rounded(.up))))
    let ready = poll(&poller, 1, milliseconds)
    guard ready > 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = Glibc.read(master, &buffer, buffer.count)
    if count > 0 { return Array(buffer[0..<count]) }
    if count < 0, errno == EINTR || errno == EAGAIN { return [] }
    return nil
  }

  /// Sends keys to the child.
  func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
  }

  func close() {
    _ = Glibc.close(master)
  }
}

/// The C library's pseudo-terminal calls. Swift's Glibc module leaves them out (they need
/// `_XOPEN_SOURCE`), so they are looked up by name.
private enum PseudoTerminalCalls {
  /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension, also not imported).
  static let spawnSetSID: Int16 = 0x80

  static let openpt = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
  static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
  static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
  static let ptsname = function(
    "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)

  private static func function<F>(_ name: String, as type: F.Type) -> F {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
      fatalError("the C library has no \(name)")
    }
    return unsafeBitCast(symbol, to: type)
  }
}
