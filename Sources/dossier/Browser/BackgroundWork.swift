import Foundation
import Synchronization

/// Work done on a thread of its own, whose result the browser's loop picks up when ready.
final class BackgroundWork<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)

  /// Starts `work` at once on a new thread.
  init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let value = work()
      result.withLock { $0 = value }
    }
    thread.start()
  }

  /// The result, once the work has finished.
  var value: Value? { result.withLock { $0 } }

  /// Waits up to `timeout` for the result.
  func wait(upTo timeout: Duration) -> Value? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if let value { return value }
      Thread.sleep(forTimeInterval: 0.002)
    }
    return value
  }
}
