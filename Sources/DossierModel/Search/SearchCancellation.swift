import Synchronization

/// Tells a running search to give up: set by the thread that knows the search is stale,
/// read by the search every few thousand candidates.
public final class SearchCancellation: Sendable {
  private let cancelled = Atomic<Bool>(false)

  /// A cancellation not yet cancelled.
  public init() {}

  /// Asks the search to stop.
  public func cancel() {
    cancelled.store(true, ordering: .relaxed)
  }

  /// Whether `cancel()` was called.
  public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}
