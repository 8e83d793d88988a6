import FoundationEssentials
import Glibc

/// Runs the user's editor on a file, at a line, and waits for it.
enum EditorLauncher {
  /// `$VISUAL`, else `$EDITOR`, else `vi`: a command the shell runs, so it may carry
  /// options ("code -w").
  static func editor(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.allSatisfy(\.isWhitespace) { return value }
    }
    return "vi"
  }

  /// How an editing went.
  enum Outcome: Equatable {
    /// The editor ended well.
    case edited
    /// The editor ran, but ended badly: the file may still have changed.
    case endedBadly(String)
    /// The editor did not run at all.
    case notRun(String)
  }

  /// Runs the editor on `path` at `line` (as `+LINE`, which vi, vim, nano, emacs, micro,
  /// kakoune and helix read) and waits. Ctrl-C reaches the editor, not us.
  static func edit(path: String, line: Int?, editor: String = editor()) -> Outcome {
    let script = editor + " \"$@\""
    let arguments = ["/bin/sh", "-c", script, "sh"] + (line.map { ["+\($0)"] } ?? []) + [path]
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let previousInterrupt = signal(SIGINT, SIG_IGN)
    let previousQuit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, previousInterrupt)
      signal(SIGQUIT, previousQuit)
    }
    var pid = pid_t()
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, cArguments, environ)
    guard spawned == 0 else {
      return .notRun("The editor could not be started: " + String(cString: strerror(spawned)))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return .endedBadly("The editor could not be waited for") }
    }
    let exited = status & 0x7f == 0
    let code = (status >> 8) & 0xff
    if exited && code == 0 { return .edited }
    if exited && (code == 127 || code == 126) {
      return .notRun("The editor \"\(editor)\" was not found or cannot run ($VISUAL, $EDITOR)")
    }
    return .endedBadly(
      exited ? "The editor exited with status \(code)" : "The editor was stopped by a signal")
  }
}
