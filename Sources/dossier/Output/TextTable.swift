import DossierModel

/// Columns aligned by display width (CJK and emoji count as two columns).
///
/// Cells are plain, already-neutralised text; a column may be styled after padding so
/// escape codes never disturb the alignment. The flexible column is cut with "…" when
/// the table would be wider than the terminal.
struct TextTable {
  struct Column {
    let header: String
    var flexible = false
    var style: (String) -> String = { $0 }
  }

  let columns: [Column]
  var rows: [[String]] = []

  func render(width: Int?, showHeader: Bool, headerStyle: (String) -> String) -> [String] {
    var widths = columns.indices.map { index in
      rows.map { DisplayWidth.of($0[index]) }.max().map { max($0, columns[index].header.count) }
        ?? columns[index].header.count
    }
    if let width, let flexible = columns.firstIndex(where: \.flexible) {
      let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element)
      let available = width - others.reduce(0, +) - 2 * (columns.count - 1)
      widths[flexible] = max(12, min(widths[flexible], available))
    }
    var lines: [String] = []
    if showHeader {
      lines.append(headerStyle(format(columns.map(\.header), widths: widths, styled: false)))
    }
    lines += rows.map { format($0, widths: widths, styled: true) }
    return lines
  }

  private func format(_ cells: [String], widths: [Int], styled: Bool) -> String {
    var parts: [String] = []
    for (index, cell) in cells.enumerated() {
      let isLast = index == cells.count - 1
      let fitted = DisplayWidth.truncated(cell, toColumns: widths[index])
      let padded = isLast ? fitted : DisplayWidth.padded(fitted, toColumns: widths[index])
      parts.append(styled ? columns[index].style(padded) : padded)
    }
    var line = parts.joined(separator: "  ")
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }
}
