/// `fzf --filter QUERY --exact` and `grep -F -i QUERY` over the names-and-summaries text,
/// for the same queries dossier is timed on.
struct PeerSearchTiming {
  /// Whole queries, by query.
  var fzfFullQuery: [String: Samples] = [:]
  var grepFullQuery: [String: Samples] = [:]
  /// Every prefix of every query, once each, when that fits in the time budget.
  var fzfKeystrokes: Samples?
  /// Why fzf was not run per keystroke.
  var fzfKeystrokesSkipped: String?

  /// All whole-query samples of one tool together.
  static func pooled(_ byQuery: [String: Samples]) -> Samples? {
    guard !byQuery.isEmpty else { return nil }
    return Samples(.milliseconds, byQuery.values.flatMap(\.values))
  }
}

enum PeerSearch {
  /// fzf is run on every prefix only when that is expected to take less than this.
  static let keystrokeBudget = Duration.seconds(90)

  static func measure(queries: [String], corpus: String, tools: PeerTools, repetitions: Int)
    throws -> PeerSearchTiming
  {
    var timing = PeerSearchTiming()
    for query in queries {
      if tools.fzfVersion != nil {
        timing.fzfFullQuery[query] = try repeated(repetitions) {
          try PeerTools.fzf(query, corpus: corpus)
        }
      }
      if tools.grepVersion != nil {
        timing.grepFullQuery[query] = try repeated(repetitions) {
          try PeerTools.grep(query, corpus: corpus)
        }
      }
    }
    guard let fzfFull = PeerSearchTiming.pooled(timing.fzfFullQuery) else {
      timing.fzfKeystrokesSkipped = "fzf is not installed"
      return timing
    }
    let keystrokes = queries.reduce(0) { $0 + $1.count }
    let expected = fzfFull.median * Double(keystrokes)
    guard expected < keystrokeBudget.milliseconds else {
      timing.fzfKeystrokesSkipped =
        "fzf per keystroke would take about \(Int(expected / 1000)) s; whole queries only"
      return timing
    }
    var samples = Samples(.milliseconds)
    for query in queries {
      for length in 1...query.count {
        samples.append(try PeerTools.fzf(String(query.prefix(length)), corpus: corpus).duration)
      }
    }
    timing.fzfKeystrokes = samples
    return timing
  }

  private static func repeated(_ count: Int, _ body: () throws -> ProcessOutcome) rethrows
    -> Samples
  {
    var samples = Samples(.milliseconds)
    for _ in 0..<count { samples.append(try body().duration) }
    return samples
  }
}
