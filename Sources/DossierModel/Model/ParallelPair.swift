import Dispatch

/// Computes two values at once, on two threads, and keeps both.
struct ParallelPair<First: Sendable, Second: Sendable> {
  let first: First
  let second: Second

  init(_ makeFirst: @Sendable () -> First, _ makeSecond: @Sendable () -> Second) {
    let results = Results<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 {
        results.first = makeFirst()
      } else {
        results.second = makeSecond()
      }
    }
    first = results.first!
    second = results.second!
  }
}

extension ParallelPair where First == Bool, Second == Bool {
  /// Whether both are true.
  var both: Bool { first && second }
}

/// Slots that each of the two threads writes once; read after both have finished.
private final class Results<First, Second>: @unchecked Sendable {
  var first: First?
  var second: Second?
}
