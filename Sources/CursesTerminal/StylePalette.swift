import CNcurses
import DossierBrowser

/// Maps cell styles to ncurses attributes and colour pairs. Without colour (NO_COLOR,
/// --no-color, or a monochrome terminal) meaning is carried by reverse, bold and underline.
struct StylePalette {
  private var attributes: [CellStyle: (attr: attr_t, pair: Int16)] = [:]

  /// The palette; in colour, `colors` replace the standard colours of their styles.
  init(useColor: Bool, colors: [CellStyle: CellColors] = [:]) {
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
    for (offset, style) in CellStyle.allCases.enumerated() {
      guard let color = colors[style] ?? CellColors.standard[style] else { continue }
      let pair = Int16(offset + 1)
      init_pair(pair, Self.number(of: color.foreground), Self.number(of: color.background))
      let attr = color.attributes.reduce(normal) { attr, attribute in
        switch attribute {
        case .bold: attr | bold
        case .dim: attr | dim
        case .reverse: attr | reverse
        case .underline: attr | underline
        }
      }
      attributes[style] = (attr, pair)
    }
  }

  /// The terminal's number of a colour, -1 for its default.
  private static func number(of color: CellColors.Color) -> Int16 {
    switch color {
    case .default: -1
    case .black: Int16(COLOR_BLACK)
    case .red: Int16(COLOR_RED)
    case .green: Int16(COLOR_GREEN)
    case .yellow: Int16(COLOR_YELLOW)
    case .blue: Int16(COLOR_BLUE)
    case .magenta: Int16(COLOR_MAGENTA)
    case .cyan: Int16(COLOR_CYAN)
    case .white: Int16(COLOR_WHITE)
    }
  }

  func attribute(for style: CellStyle) -> (attr: attr_t, pair: Int16) {
    attributes[style] ?? (dossier_attr_normal(), 0)
  }
}
