import CNcurses
import DossierBrowser

/// Maps cell styles to ncurses attributes and colour pairs. Without colour (NO_COLOR,
/// --no-color, or a monochrome terminal) meaning is carried by reverse, bold and underline.
struct StylePalette {
  private var attributes: [CellStyle: (attr: attr_t, pair: Int16)] = [:]

  init(useColor: Bool) {
    let bold = dossier_attr_bold()
    let reverse = dossier_attr_reverse()
    let underline = dossier_attr_underline()
    let dim = dossier_attr_dim()
    let normal = dossier_attr_normal()
    let monochrome: [CellStyle: attr_t] = [
      .normal: normal, .dim: dim, .bold: bold, .heading: bold | underline,
      .titleBar: reverse, .activeTab: reverse | bold, .selection: reverse,
      .inactiveSelection: underline, .link: underline, .highlight: bold | underline,
      .quote: normal, .statusBar: reverse, .key: reverse | bold, .error: bold,
      .found: reverse, .currentFound: reverse | bold | underline,
    ]
    guard useColor, has_colors(), start_color() == OK else {
      for (style, attr) in monochrome { attributes[style] = (attr, 0) }
      return
    }
    use_default_colors()
    let colors: [CellStyle: (foreground: Int16, background: Int16, attr: attr_t)] = [
      .normal: (-1, -1, normal),
      .dim: (-1, -1, dim),
      .bold: (-1, -1, bold),
      .heading: (Int16(COLOR_MAGENTA), -1, bold),
      .titleBar: (Int16(COLOR_WHITE), Int16(COLOR_BLUE), normal),
      .activeTab: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
      .selection: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), normal),
      .inactiveSelection: (-1, -1, reverse),
      .link: (Int16(COLOR_CYAN), -1, normal),
      .highlight: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold),
      .quote: (Int16(COLOR_GREEN), -1, normal),
      .statusBar: (Int16(COLOR_WHITE), Int16(COLOR_BLUE), normal),
      .key: (Int16(COLOR_YELLOW), Int16(COLOR_BLUE), bold),
      .error: (Int16(COLOR_RED), -1, bold),
      .found: (Int16(COLOR_BLACK), Int16(COLOR_GREEN), normal),
      .currentFound: (Int16(COLOR_WHITE), Int16(COLOR_MAGENTA), bold),
    ]
    for (offset, style) in CellStyle.allCases.enumerated() {
      guard let color = colors[style] else { continue }
      let pair = Int16(offset + 1)
      init_pair(pair, color.foreground, color.background)
      attributes[style] = (color.attr, pair)
    }
  }

  func attribute(for style: CellStyle) -> (attr: attr_t, pair: Int16) {
    attributes[style] ?? (dossier_attr_normal(), 0)
  }
}
