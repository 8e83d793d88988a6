import Synchronization

/// How far a load has got, readable from another thread while the load runs (for a
/// progress indicator).
public final class LoadProgress: Sendable {
  /// What the loader is doing.
  public enum Phase: Int, Sendable {
    /// Reading and decoding the file.
    case reading
    /// Checking references and building the indexes.
    case indexing
  }

  private let bytesRead = Atomic<Int>(0)
  private let totalBytes = Atomic<Int>(0)
  private let currentPhase = Atomic<Int>(Phase.reading.rawValue)

  /// A progress record at zero.
  public init() {}

  /// The fraction of the file decoded, 0 to 1.
  public var fraction: Double {
    let total = totalBytes.load(ordering: .relaxed)
    return total > 0 ? min(1, Double(bytesRead.load(ordering: .relaxed)) / Double(total)) : 0
  }

  /// The current phase.
  public var phase: Phase {
    Phase(rawValue: currentPhase.load(ordering: .relaxed)) ?? .reading
  }

  func start(totalBytes total: Int) {
    totalBytes.store(total, ordering: .relaxed)
  }

  func read(upTo offset: Int) {
    bytesRead.store(offset, ordering: .relaxed)
  }

  func enter(_ phase: Phase) {
    currentPhase.store(phase.rawValue, ordering: .relaxed)
  }
}
