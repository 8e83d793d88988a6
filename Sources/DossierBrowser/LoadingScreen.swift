import DossierModel

/// The screen shown while a large dossier loads: what is loading, a progress bar, and
/// how to quit.
public func renderLoading(
  rows: Int, columns: Int, fileName: String, fraction: Double, phase: LoadProgress.Phase
) -> Canvas {
  var canvas = Canvas(rows: rows, columns: columns)
  guard rows > 0 else { return canvas }
  canvas.fill(row: 0, column: 0, width: columns, style: .titleBar)
  canvas.write(" dossier", row: 0, column: 0, style: .titleBar)
  let name = DisplayWidth.truncated(SafeText.neutralized(fileName), toColumns: columns - 12)
  let label = phase == .reading ? "Loading \(name)" : "Indexing \(name)"
  let barWidth = max(0, min(50, columns - 10))
  let filled = Int((Double(barWidth) * min(1, max(0, fraction))).rounded(.down))
  let percent = phase == .reading ? " \(Int(fraction * 100))%" : ""
  let bar =
    "[" + String(repeating: "█", count: filled)
    + String(repeating: " ", count: barWidth - filled) + "]" + percent
  let lines = [(label, CellStyle.bold), (bar, .normal), ("q quits", .dim)]
  let top = max(1, (rows - lines.count) / 2)
  for (offset, (text, style)) in lines.enumerated() {
    let column = max(0, (columns - DisplayWidth.of(text)) / 2)
    canvas.write(text, row: top + offset, column: column, style: style)
  }
  return canvas
}
