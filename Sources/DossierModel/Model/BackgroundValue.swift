import Dispatch

/// A value computed on another thread from the moment it is made; reading `value` waits
/// for it. For work that can start before the work it would otherwise follow (a search
/// index built while the content is still being checked).
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var computed: Value?

  /// Starts computing `make()` on a global queue.
  init(_ make: @escaping @Sendable () -> Value) {
    DispatchQueue.global(qos: .userInitiated).async {
      self.computed = make()
      self.done.signal()
    }
  }

  /// The value, once computed (waiting for it if need be).
  var value: Value {
    done.wait()
    done.signal()
    return computed!
  }
}
