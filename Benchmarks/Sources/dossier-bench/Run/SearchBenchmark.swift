import DossierBrowser
import DossierModel

/// Search as a person types: every prefix of each query, one character at a time.
struct QueryTiming {
  var query: String
  var shape: QueryShape
  /// Every keystroke's search, over all repetitions.
  var keystrokes = Samples(.milliseconds)
  /// The search for the whole query.
  var fullQuery = Samples(.milliseconds)
  /// The first keystroke's search (a one-letter prefix).
  var firstLetter = Samples(.milliseconds)
  /// Every keystroke typed into the browser's search prompt, to the frame that echoes it.
  var keystrokeToEcho = Samples(.milliseconds)
  /// Every keystroke typed into the browser's search prompt, to the frame with its results.
  var keystrokeToResults = Samples(.milliseconds)
  /// How many entities the whole query found (up to the limit of 500).
  var hits = 0
}

enum SearchBenchmark {
  /// The browser's own limit on results per search.
  static let limit = BrowserState.resultLimit

  /// Times `searchIndex.search` for every prefix of every query, `repetitions` times.
  static func measure(_ dossier: Dossier, queries: [ShapedQuery], repetitions: Int)
    -> [QueryTiming]
  {
    let kinds = Set(EntityKind.allCases)
    return queries.map { shaped in
      let query = shaped.text
      var timing = QueryTiming(query: query, shape: shaped.shape)
      let prefixes = (1...query.count).map { String(query.prefix($0)) }
      for _ in 0..<repetitions {
        for (position, prefix) in prefixes.enumerated() {
          var hits: [SearchHit] = []
          let duration = elapsed {
            hits = dossier.searchIndex.search(SearchQuery(prefix), kinds: kinds, limit: limit)
          }
          timing.keystrokes.append(duration)
          if position == 0 { timing.firstLetter.append(duration) }
          if position == prefixes.count - 1 {
            timing.fullQuery.append(duration)
            timing.hits = hits.count
          }
        }
      }
      (timing.keystrokeToEcho, timing.keystrokeToResults) = keystrokesToFrames(
        dossier, query: query)
      return timing
    }
  }

  /// Types the query into the browser's search prompt once, timing each keystroke to its
  /// echo (`update` and `render`) and to its results on screen (the search as the runner
  /// does it, the `.searchCompleted` update, and `render` again).
  private static func keystrokesToFrames(_ dossier: Dossier, query: String) -> (
    echo: Samples, results: Samples
  ) {
    var echo = Samples(.milliseconds)
    var results = Samples(.milliseconds)
    var state = update(
      BrowserState(dossier: dossier, rows: 60, columns: 200), .key(.character("/"))
    ).state
    let clock = ContinuousClock()
    for character in query {
      let start = clock.now
      state = update(state, .key(.character(character))).state
      _ = render(state)
      echo.append(clock.now - start)
      state = settled(state)
      _ = render(state)
      results.append(clock.now - start)
    }
    return (echo, results)
  }

  /// Runs the search the browser is waiting for, if any, and delivers its results, as the
  /// runner does for large dossiers (where `update` only records the query).
  static func settled(_ state: BrowserState) -> BrowserState {
    guard let query = state.pendingSearch else { return state }
    let hits = state.dossier.searchIndex.search(
      SearchQuery(query), kinds: Set(EntityKind.allCases), limit: BrowserState.resultLimit)
    return update(state, .searchCompleted(query: query, hits: hits)).state
  }
}
