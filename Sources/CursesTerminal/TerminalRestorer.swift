import CNcurses
import Glibc

/// Restores the terminal when the process is killed or crashes, then lets the signal
/// take its default course (so the exit status still tells what happened).
enum TerminalRestorer {
  private static let signals = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
  ]

  /// Installs the handlers; with `mouse`, they also turn the mouse reports off, and Ctrl-Z
  /// turns them off while the program is stopped.
  static func install(mouse: Bool) {
    if mouse { dossier_handle_stop_with_mouse() }
    for number in signals {
      if mouse {
        signal(number) { received in
          dossier_mouse_reports_off()
          endwin()
          signal(received, SIG_DFL)
          raise(received)
        }
      } else {
        signal(number) { received in
          endwin()
          signal(received, SIG_DFL)
          raise(received)
        }
      }
    }
  }
}
