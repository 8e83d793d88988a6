import CursesTerminal
import Dispatch
import FoundationEssentials
import Glibc
import Synchronization

/// Work done on a thread of its own, whose result the browser's loop picks up when ready.
final class BackgroundWork<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts `work` at once on a new thread, which (like the threads it starts) leaves the
  /// terminal's signals (resize, suspend, and those that end the program) to the main
  /// thread, where ncurses and the terminal restorer expect them.
  init(_ work: @escaping @Sendable () -> Value) {
    DetachedThread.start { [self] in
      Self.leaveTerminalSignalsToTheMainThread()
      let value = work()
      result.withLock { $0 = value }
      finished.signal()
    }
  }

  private static func leaveTerminalSignalsToTheMainThread() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in CursesTerminal.signalsForTheMainThread {
      sigaddset(&signals, number)
    }
    pthread_sigmask(SIG_BLOCK, &signals, nil)
  }

  /// The result, once the work has finished.
  var value: Value? { result.withLock { $0 } }

  /// Waits up to `timeout` for the result, waking as soon as it is there.
  func wait(upTo timeout: Duration) -> Value? {
    let (seconds, attoseconds) = timeout.components
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    if finished.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success {
      finished.signal()
    }
    return value
  }
}
