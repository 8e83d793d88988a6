import CNcurses
import Glibc

/// Restores the terminal when the process is killed or crashes, then lets the signal
/// take its default course (so the exit status still tells what happened).
enum TerminalRestorer {
  private static let signals = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
  ]

  static func install() {
    for number in signals {
      signal(number) { received in
        endwin()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
