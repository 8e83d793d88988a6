import Synchronization

/// The `MatchRun`s that finished searches leave behind, lent to the next searches, so that
/// a search over a large dossier neither allocates nor clears its per-entity arrays.
final class MatchRunPool: Sendable {
  /// How many runs are kept: one per search that can run at the same time.
  private static let kept = 2

  private let idle = Mutex<[MatchRun]>([])

  /// A run over `entityCount` entities: an idle one, or a new one.
  func borrow(entityCount: Int) -> MatchRun {
    let reused = idle.withLock { runs in
      runs.firstIndex { $0.entityCount == entityCount }.map { runs.remove(at: $0) }
    }
    return reused ?? MatchRun(entityCount: entityCount)
  }

  /// Takes back a run that a search is done with.
  func giveBack(_ run: MatchRun) {
    idle.withLock { runs in
      if runs.count < Self.kept { runs.append(run) }
    }
  }
}
