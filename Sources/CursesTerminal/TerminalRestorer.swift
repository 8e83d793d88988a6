import CNcurses
import Glibc

/// Restores the terminal when the process is killed or crashes, then lets the signal
/// take its default course (so the exit status still tells what happened).
enum TerminalRestorer {
  /// Every signal whose default action ends the process, from signal(7), but SIGKILL,
  /// which cannot be caught: those sent by others or by the terminal, then the faults.
  static let endingSignals =
    [
      SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGPROF, SIGVTALRM,
      SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT, SIGSYS, SIGTRAP,
    ] + Array(dossier_first_realtime_signal()...dossier_last_realtime_signal()) + faults

  /// The signals a fault of the program raises in the thread at fault.
  static let faults = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT]

  /// Installs the handlers; with `mouse`, they also turn the mouse reports off, and Ctrl-Z
  /// turns them off while the program is stopped.
  static func install(mouse: Bool) {
    if mouse { dossier_handle_stop_with_mouse() }
    for number in endingSignals {
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
