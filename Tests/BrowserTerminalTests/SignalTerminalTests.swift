import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Signals, raw keys and terminals the browser cannot use, in a real terminal.
@Suite("Signals and raw keys (tmux)", .serialized)
struct SignalTerminalTests {
  /// Every signal whose default action ends the process (signal(7)) that others send:
  /// the terminal must come back whole, and the status must still tell which signal.
  @Test(
    "a signal that ends the browser leaves the terminal as it was",
    arguments: [
      SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGPROF, SIGVTALRM, SIGXCPU, SIGXFSZ,
      SIGIO, SIGPWR, SIGSTKFLT, SIGSYS, SIGTRAP, SIGABRT, 34, 64,
    ])
  func signalRestoresTheTerminal(number: Int32) async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    #expect(Glibc.kill(try session.programPid(), number) == 0)
    let screen = try await session.waitUntil("the exit report and stty output", all: true) {
      $0.exitStatus != nil && $0.text.contains("icanon")
    }
    #expect(screen.exitStatus == 128 + number)
    expectSaneTerminal(screen)
    let modes = try session.screenModes()
    #expect(!modes.alternate, "the alternate screen is left on")
    #expect(modes.cursorVisible, "the cursor is left hidden")
  }

  @Test("Ctrl-C in the search prompt cancels it and the browser goes on")
  func controlCCancelsThePrompt() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.send("/")
    try session.type("hydro")
    try await session.waitFor("/hydro")
    try session.send("C-c")
    try await session.waitUntil("the prompt gone, the timeline back") {
      !$0.statusBar.contains("/hydro") && $0.statusBar.contains("q quit")
    }
    try session.send("j")
    try await session.waitUntil("j to move") {
      $0.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive")
    }
  }

  @Test("Ctrl-S does not freeze the screen: it reaches the browser, and j still moves")
  func flowControlIsOff() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.send("C-s")
    try await session.waitUntil("the key answered") {
      $0.statusBar.contains("Nothing on that key")
    }
    try session.send("j")
    try await session.waitUntil("j to move at once, without Ctrl-Q") {
      $0.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive")
    }
  }

  @Test("a terminal that cannot move the cursor is refused with a message", arguments: ["dumb"])
  func terminalWithoutCursorAddressing(term: String) async throws {
    let session = try TmuxSession(
      command: reportingExit("TERM=\(term) " + shellQuoted(try Tools.dossier())))
    defer { session.kill() }
    let screen = try await session.waitUntil("the exit report", all: true) {
      $0.exitStatus != nil
    }
    #expect(screen.exitStatus == 2)
    #expect(screen.text.contains("cannot move the cursor"), "\(screen.text)")
  }
}

/// A terminal that goes away without a hangup signal: the browser, in a session of its
/// own, reads a pseudo-terminal whose other end is then closed (as when the window of a
/// `setsid` program is killed).
@Suite("The terminal going away")
struct LostTerminalTests {
  /// Starts the browser on a pseudo-terminal, waits for its timeline, closes the terminal
  /// and prints how the browser ended: "EXITED n", or "STILL RUNNING" after 10 seconds.
  private static let script = """
    import os, sys, time
    master, slave = os.openpty()
    pid = os.fork()
    if pid == 0:
        os.setsid()
        for descriptor in (0, 1, 2):
            os.dup2(slave, descriptor)
        os.execve(sys.argv[1], [sys.argv[1]], dict(os.environ, TERM="xterm"))
    os.close(slave)
    shown, deadline = b"", time.time() + 10
    while "Xi Jinping".encode() not in shown and time.time() < deadline:
        shown += os.read(master, 65536)
    os.close(master)
    deadline = time.time() + 10
    while time.time() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            print("EXITED", os.waitstatus_to_exitcode(status))
            sys.exit(0)
        time.sleep(0.05)
    os.kill(pid, 9)
    print("STILL RUNNING")
    """

  @Test("the end of the terminal's input ends the browser (it spun at full speed before)")
  func endOfInputEndsTheBrowser() throws {
    let result = try runProcess(
      try Tools.executable(named: "python3", hint: "install python3"),
      ["-c", Self.script, try Tools.dossier()])
    #expect(result.stdout == "EXITED 1\n", "\(result.stdout)\(result.stderr)")
  }
}
