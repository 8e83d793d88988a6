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
        queries: queries, corpus: corpus, tools: tools, repetitions: settings.repetitions)
    }
    let keystrokes = Samples(.milliseconds, timings.flatMap(\.keystrokes.values))
    let firstLetters = Samples(.milliseconds, timings.flatMap(\.firstLetter.values))
    let fullQueries = Samples(.milliseconds, timings.flatMap(\.fullQuery.values))
    let echoes = Samples(.milliseconds, timings.flatMap(\.keystrokeToEcho.values))
    let frames = Samples(.milliseconds, timings.flatMap(\.keystrokeToResults.values))
    let fasterThanFzf = ReportRow.Target(text: "faster than fzf --exact") { ours, peer in
      peer.flatMap { $0.isEmpty ? nil : $0.median > ours.median }
    }
    report.rows += [
      ReportRow(
        "Search per keystroke, \(label) (\(queries.count) queries, every prefix)", keystrokes,
        target: .atMost(median: 16, p95: 50, text: "median ≤ 16 ms, p95 ≤ 50 ms"),
        peerName: "fzf --filter --exact, per keystroke", peer: peers.fzfKeystrokes),
      ReportRow("  one-letter prefixes only", firstLetters),
      ReportRow(
        "Search whole query, \(label)", fullQueries, target: fasterThanFzf,
        peerName: "fzf --filter --exact", peer: PeerSearchTiming.pooled(peers.fzfFullQuery)),
      ReportRow(
        "Search whole query, \(label)", fullQueries, peerName: "grep -F -i",
        peer: PeerSearchTiming.pooled(peers.grepFullQuery)),
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

  private func querySection(
    _ timings: [QueryTiming], peers: PeerSearchTiming, label: String, corpusNote: String
  ) -> String {
    let format = { (samples: Samples?) in
      samples.map { BenchReport.format($0.median, $0.unit) } ?? "—"
    }
    var lines = [
      "## Search queries (\(label))", "",
      "Picked from the dossier's names and summaries with seed \(settings.seed). Medians.", "",
      "| Query | Keys | Hits | Per key | p95 per key | 1st letter | Whole | Key → echo "
        + "| Key → results | fzf whole | grep whole |",
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for timing in timings {
      let cells = [
        "`\(timing.query)`", String(timing.query.count), String(timing.hits),
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
      "- fzf --exact takes space-separated words as separate terms; grep -F matches the "
        + "literal string. dossier also searches aliases and evidence quotes, which the peer "
        + "text leaves out.")
    if let skipped = peers.fzfKeystrokesSkipped { lines.append("- fzf per keystroke: \(skipped).") }
    if !corpusNote.isEmpty { lines.append(corpusNote) }
    return lines.joined(separator: "\n")
  }
}
