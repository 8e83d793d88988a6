import Glibc

/// Starts `body` on a new POSIX thread that nobody joins: the one thing Foundation's
/// `Thread` did for us, without linking Foundation.
enum DetachedThread {
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  /// Runs `body` on a thread of its own; the thread ends when `body` returns. Runs it on
  /// the calling thread instead in the unlikely case that no thread can be created.
  static func start(_ body: @escaping @Sendable () -> Void) {
    let box = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(
      &thread, nil,
      { argument in
        let body = Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue()
        body.run()
        return nil
      }, box)
    guard created == 0 else {
      Unmanaged<Body>.fromOpaque(box).takeRetainedValue().run()
      return
    }
    pthread_detach(thread)
  }
}
