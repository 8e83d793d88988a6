import DossierModel
import Foundation

/// Step 2: search per keystroke over the largest dossier, beside fzf and grep.
extension BenchRun {
  mutating func measureSearch(_ dossier: Dossier, file: String, label: String) throws {
    let queries = SearchQueries.pick(from: dossier, seed: settings.seed)
    Progress.note("search \(label): \(queries.count) queries, typed one character at a time")
    let timings = SearchBenchmark.measure(
      dossier, queries: queries, repetitions: settings.repetitions)
    var peers = PeerSearchTiming()
    var corpusNote = ""
    if tools.fzfVersion != nil || tools.grepVersion != nil {
      let corpus = try SearchCorpus.write(dossier, besides: file)
      let bytes = (try? FileManager.default.attributesOfItem(atPath: corpus)[.size]) as? Int
      let size = BenchReport.format(Double(bytes ?? 0) / 1_048_576, .mebibytes)
      corpusNote = "- Peer text: `\(corpus)` (\(size), one entity per line: name, tab, summary)."
      Progress.note("search \(label): fzf and grep over \(corpus)")
      peers = try PeerSearch.measure(
        queries: queries.map(\.text), corpus: corpus, tools: tools,
        repetitions: settings.repetitions)
    }
    report.rows += keystrokeRows(timings, peers: peers, label: label)
    report.rows += wholeQueryRows(timings, peers: peers, label: label)
    let echoes = Samples(.milliseconds, timings.flatMap(\.keystrokeToEcho.values))
    let frames = Samples(.milliseconds, timings.flatMap(\.keystrokeToResults.values))
    report.rows += [
      ReportRow(
        "Keystroke in search prompt → echo frame (update + render), \(label)", echoes,
        target: .atMost(median: 16, text: "echoed at once (16 ms)")),
      ReportRow(
        "Keystroke in search prompt → results frame (+ search, results update, render), "
          + label, frames),
    ]
    report.sections.append(
      querySection(timings, peers: peers, label: label, corpusNote: corpusNote))
  }

  /// Search per keystroke, all shapes pooled and then shape by shape.
  private func keystrokeRows(_ timings: [QueryTiming], peers: PeerSearchTiming, label: String)
    -> [ReportRow]
  {
    let target = ReportRow.Target.atMost(
      median: 16, p95: 50, text: "median ≤ 16 ms, p95 ≤ 50 ms")
    let pooled = Samples(.milliseconds, timings.flatMap(\.keystrokes.values))
    var rows = [
      ReportRow(
        "Search per keystroke, \(label), all shapes (\(timings.count) queries, every prefix)",
        pooled, target: target, peerName: "fzf --filter --exact, per keystroke",
        peer: peers.fzfKeystrokes)
    ]
    for (shape, shaped) in Self.byShape(timings) {
      let queries = shaped.map { "`\($0.query)`" }.joined(separator: ", ")
      rows.append(
        ReportRow(
          "  \(shape.label): \(queries)",
          Samples(.milliseconds, shaped.flatMap(\.keystrokes.values)), target: target))
    }
    return rows
  }

  /// The whole query beside fzf (and grep), all shapes pooled and then shape by shape.
  private func wholeQueryRows(_ timings: [QueryTiming], peers: PeerSearchTiming, label: String)
    -> [ReportRow]
  {
    let target = ReportRow.Target.fasterThanPeer(
      by: 10, median: nil, text: "≥ 10× faster than fzf --exact")
    let fzf = "fzf --filter --exact"
    let pooled = Samples(.milliseconds, timings.flatMap(\.fullQuery.values))
    var rows = [
      ReportRow(
        "Search whole query, \(label), all shapes", pooled, target: target, peerName: fzf,
        peer: PeerSearchTiming.pooled(peers.fzfFullQuery))
    ]
    for (shape, shaped) in Self.byShape(timings) {
      let queries = Set(shaped.map(\.query))
      rows.append(
        ReportRow(
          "  \(shape.label)", Samples(.milliseconds, shaped.flatMap(\.fullQuery.values)),
          target: target, peerName: fzf,
          peer: PeerSearchTiming.pooled(peers.fzfFullQuery.filter { queries.contains($0.key) })))
    }
    rows.append(
      ReportRow(
        "Search whole query, \(label), all shapes", pooled, peerName: "grep -F -i",
        peer: PeerSearchTiming.pooled(peers.grepFullQuery)))
    return rows
  }

  /// The timings grouped by shape, in the order of `QueryShape.allCases`.
  private static func byShape(_ timings: [QueryTiming]) -> [(QueryShape, [QueryTiming])] {
    QueryShape.allCases.compactMap { shape in
      let shaped = timings.filter { $0.shape == shape }
      return shaped.isEmpty ? nil : (shape, shaped)
    }
  }

  private func querySection(
    _ timings: [QueryTiming], peers: PeerSearchTiming, label: String, corpusNote: String
  ) -> String {
    let format = { (samples: Samples?) in
      samples.map { BenchReport.format($0.median, $0.unit) } ?? "—"
    }
    var lines = [
      "## Search queries (\(label))", "",
      "Made of the dossier's names with seed \(settings.seed), each typed one character at a "
        + "time. Medians.", "",
      "| Shape | Query | Keys | Hits | Per key | p95 per key | 1st letter | Whole | Key → echo "
        + "| Key → results | fzf whole | grep whole |",
      "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for timing in timings {
      let cells = [
        timing.shape.label, "`\(timing.query)`", String(timing.query.count),
        String(timing.hits),
        format(timing.keystrokes), BenchReport.format(timing.keystrokes.p95, .milliseconds),
        format(timing.firstLetter), format(timing.fullQuery), format(timing.keystrokeToEcho),
        format(timing.keystrokeToResults),
        format(peers.fzfFullQuery[timing.query]), format(peers.grepFullQuery[timing.query]),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    lines.append("")
    lines.append(
      "- Hits are capped at 500, the browser's limit. Key → echo and Key → results type into "
        + "the browser's search prompt once (not repeated), at 200×60. Results are searched "
        + "in this thread as soon as the browser asks (pendingSearch), without the runner's "
        + "background thread and polling.")
    lines.append(
      "- No match: the query was checked to find nothing. Inside a word: the query was checked "
        + "to be found only inside longer words of names (every hit is an inside-word hit).")
    lines.append(
      "- fzf --exact takes space-separated words as separate terms; grep -F matches the "
        + "literal string. dossier also searches aliases and evidence quotes, which the peer "
        + "text leaves out.")
    if let skipped = peers.fzfKeystrokesSkipped { lines.append("- fzf per keystroke: \(skipped).") }
    if !corpusNote.isEmpty { lines.append(corpusNote) }
    return lines.joined(separator: "\n")
  }
}
