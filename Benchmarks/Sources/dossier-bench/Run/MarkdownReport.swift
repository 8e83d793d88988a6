import Foundation

/// The results as Markdown: the machine, the main table and the notes.
struct BenchReport {
  var machine: Machine
  var command: String
  var rows: [ReportRow] = []
  /// Extra sections (already Markdown), printed after the table.
  var sections: [String] = []

  func markdown() -> String {
    var lines = [
      "# dossier-bench run", "",
      "- Date: \(machine.date)",
      "- Machine: \(machine.processors) cores, \(machine.cpuModel), \(machine.memory) memory, "
        + machine.system,
      "- Load average at start: \(machine.loadAverage)",
      "- Command: `\(command)`", "",
      "| Measurement | n | Median | p95 | Target | Met | Peer | Peer median | Peer ÷ ours |",
      "|---|--:|--:|--:|---|:-:|---|--:|--:|",
    ]
    lines += rows.map(tableLine)
    lines += [""] + sections.flatMap { [$0, ""] }
    return lines.joined(separator: "\n")
  }

  private func tableLine(_ row: ReportRow) -> String {
    var cells = [row.measurement]
    if let samples = row.samples, !samples.isEmpty {
      cells += [
        String(samples.count), Self.format(samples.median, samples.unit),
        Self.format(samples.p95, samples.unit),
      ]
    } else {
      cells += ["", row.skipped ?? "skipped", ""]
    }
    cells.append(row.target?.text ?? "")
    cells.append(met(row))
    cells.append(row.peerName ?? "")
    if let peer = row.peer, !peer.isEmpty {
      cells.append(Self.format(peer.median, peer.unit))
      if let ours = row.samples, !ours.isEmpty, ours.median > 0 {
        cells.append(String(format: "%.2f×", peer.median / ours.median))
      } else {
        cells.append("")
      }
    } else {
      cells += [row.peerName == nil ? "" : "not measured", ""]
    }
    return "| "
      + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }
      .joined(separator: " | ") + " |"
  }

  private func met(_ row: ReportRow) -> String {
    guard let check = row.target?.isMet, let samples = row.samples, !samples.isEmpty,
      let isMet = check(samples, row.peer)
    else { return "" }
    return isMet ? "yes" : "**no**"
  }

  /// A value with its unit, with enough digits to compare small and large figures.
  static func format(_ value: Double, _ unit: Samples.Unit) -> String {
    guard value.isFinite else { return "—" }
    switch unit {
    case .milliseconds:
      if value >= 10_000 { return String(format: "%.1f s", value / 1000) }
      if value >= 100 { return String(format: "%.0f ms", value) }
      if value >= 1 { return String(format: "%.1f ms", value) }
      return String(format: "%.3f ms", value)
    case .mebibytes:
      return String(format: value >= 10 ? "%.0f MiB" : "%.1f MiB", value)
    case .percent:
      return String(format: "%.1f %%", value)
    case .millisecondsPerMebibyte:
      return String(format: "%.1f ms/MiB", value)
    }
  }
}
