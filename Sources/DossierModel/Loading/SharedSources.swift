import Synchronization

/// The sources of a file read in two halves, as the first half read them, published for
/// the second: sources come before the entities in most files, so the second half can
/// check its evidence against them as it reads instead of keeping every quote to check
/// after the join (see `ContentDecoder+Halves`).
final class SharedSources: Sendable {
  private let published = Mutex<KnownSources?>(nil)

  /// Makes `sources`, all the sources of the file, known to the other half.
  func publish(_ sources: KnownSources) {
    published.withLock { $0 = sources }
  }

  /// The sources, once published.
  var sources: KnownSources? { published.withLock { $0 } }
}

/// Every source of a file: its ids, and the texts of those that have one.
struct KnownSources: Sendable {
  let ids: IDTable
  let texts: SourceTexts
}
