/// How a cell style is coloured: a foreground and a background from the terminal's eight
/// colours (or its own default), and attributes.
public struct CellColors: Sendable, Equatable {
  /// One of the terminal's eight colours, or its default.
  public enum Color: String, CaseIterable, Sendable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
  }

  /// An attribute drawn with the colours.
  public enum Attribute: String, CaseIterable, Sendable {
    case bold, dim, reverse, underline
  }

  /// The text's colour.
  public var foreground: Color
  /// The cell's colour.
  public var background: Color
  /// The attributes.
  public var attributes: Set<Attribute>

  /// Colours and attributes.
  public init(_ foreground: Color, on background: Color, _ attributes: Set<Attribute> = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// "black on cyan bold": the colours, then the attributes in a fixed order.
  public var description: String {
    ([foreground.rawValue, "on", background.rawValue]
      + Attribute.allCases.filter(attributes.contains).map(\.rawValue)).joined(separator: " ")
  }

  /// Reads "FOREGROUND on BACKGROUND [ATTRIBUTE…]" (or "FOREGROUND [ATTRIBUTE…]" on the
  /// default background); nil when a word is not a colour or an attribute.
  public init?(description: String) {
    var words = description.split(separator: " ").map { $0.lowercased() }
    guard let first = words.first, let foreground = Color(rawValue: first) else { return nil }
    words.removeFirst()
    var background = Color.default
    if words.first == "on" {
      guard words.count >= 2, let color = Color(rawValue: words[1]) else { return nil }
      background = color
      words.removeFirst(2)
    }
    var attributes: Set<Attribute> = []
    for word in words {
      guard let attribute = Attribute(rawValue: word) else { return nil }
      attributes.insert(attribute)
    }
    self.init(foreground, on: background, attributes)
  }

  /// The colours of each style unless the user's configuration says otherwise.
  public static let standard: [CellStyle: CellColors] = [
    .normal: CellColors(.default, on: .default),
    .dim: CellColors(.default, on: .default, [.dim]),
    .bold: CellColors(.default, on: .default, [.bold]),
    .heading: CellColors(.magenta, on: .default, [.bold]),
    .titleBar: CellColors(.white, on: .blue),
    .activeTab: CellColors(.black, on: .cyan, [.bold]),
    .selection: CellColors(.black, on: .cyan),
    .inactiveSelection: CellColors(.default, on: .default, [.reverse]),
    .link: CellColors(.cyan, on: .default),
    .highlight: CellColors(.black, on: .yellow, [.bold]),
    .quote: CellColors(.green, on: .default),
    .statusBar: CellColors(.white, on: .blue),
    .key: CellColors(.yellow, on: .blue, [.bold]),
    .error: CellColors(.red, on: .default, [.bold]),
    .found: CellColors(.black, on: .green),
    .currentFound: CellColors(.white, on: .magenta, [.bold]),
  ]
}

extension CellStyle {
  /// The style's name in the configuration file.
  public var configName: String {
    switch self {
    case .normal: "normal"
    case .dim: "dim"
    case .bold: "bold"
    case .heading: "heading"
    case .titleBar: "title-bar"
    case .activeTab: "active-tab"
    case .selection: "selection"
    case .inactiveSelection: "inactive-selection"
    case .link: "link"
    case .highlight: "search-match"
    case .quote: "quote"
    case .statusBar: "status-bar"
    case .key: "filter"
    case .error: "error"
    case .found: "find-match"
    case .currentFound: "current-find-match"
    }
  }
}
