/// A rectangle of the screen.
public struct Rect: Sendable, Equatable {
  /// Top row.
  public var row: Int
  /// Left column.
  public var column: Int
  /// Width in columns.
  public var width: Int
  /// Height in rows.
  public var height: Int
}

/// A pane that can take the keyboard focus.
public enum Pane: Sendable, Hashable {
  /// One of the entity lists.
  case list(ListPane)
  /// The detail view of the current entity.
  case detail
}

/// Where each pane goes for a terminal size.
///
/// - wide (≥ 120 columns): the three lists stacked on the left, the detail on the right;
/// - medium (≥ 72): one list at a time under a tab strip, the detail beside it;
/// - narrow: one pane at a time, full width;
/// - too small (< 30×8): a notice only.
public struct Layout: Sendable, Equatable {
  /// The arrangement chosen for the size.
  public enum Mode: Sendable, Equatable {
    case wide, medium, narrow, tooSmall
  }

  /// The smallest terminal the browser draws into.
  public static let minimumColumns = 30
  /// The smallest terminal the browser draws into.
  public static let minimumRows = 8

  /// The arrangement.
  public let mode: Mode
  /// Where each visible list's rows go (its title is on the row above, in wide mode).
  public let listFrames: [ListPane: Rect]
  /// Where the detail view goes, when visible.
  public let detailFrame: Rect?
  /// The panes Tab cycles through, in order.
  public let focusOrder: [Pane]

  /// The layout for a size, given which list is active, which pane has focus, and how
  /// many rows each list has (in the wide layout, short lists give their spare rows to
  /// longer ones).
  public init(
    rows: Int, columns: Int, activeList: ListPane, focus: Pane,
    listRowCounts: [ListPane: Int] = [:]
  ) {
    let bodyTop = 1
    let bodyHeight = rows - 2
    if rows < Self.minimumRows || columns < Self.minimumColumns {
      mode = .tooSmall
      listFrames = [:]
      detailFrame = nil
      focusOrder = []
    } else if columns >= 120 {
      mode = .wide
      let leftWidth = columns * 2 / 5
      // A title row, and at least one row: an empty list says "(none)".
      let needs = ListPane.allCases.map { max(1, listRowCounts[$0] ?? bodyHeight) + 1 }
      let heights = Self.share(bodyHeight, among: needs)
      var frames: [ListPane: Rect] = [:]
      var top = bodyTop
      for (pane, height) in zip(ListPane.allCases, heights) {
        frames[pane] = Rect(row: top + 1, column: 0, width: leftWidth, height: height - 1)
        top += height
      }
      listFrames = frames
      detailFrame = Rect(
        row: bodyTop, column: leftWidth + 1, width: columns - leftWidth - 1, height: bodyHeight)
      focusOrder = ListPane.allCases.map(Pane.list) + [.detail]
    } else if columns >= 72 {
      mode = .medium
      let leftWidth = columns * 9 / 20
      listFrames = [
        activeList: Rect(row: bodyTop, column: 0, width: leftWidth, height: bodyHeight)
      ]
      detailFrame = Rect(
        row: bodyTop, column: leftWidth + 1, width: columns - leftWidth - 1, height: bodyHeight)
      focusOrder = [.list(activeList), .detail]
    } else {
      mode = .narrow
      let frame = Rect(row: bodyTop, column: 0, width: columns, height: bodyHeight)
      if focus == .detail {
        listFrames = [:]
        detailFrame = frame
      } else {
        listFrames = [activeList: frame]
        detailFrame = nil
      }
      focusOrder = [.list(activeList), .detail]
    }
  }

  /// Splits `total` rows among panes that need `needs` rows: each gets what it needs when
  /// all fit; otherwise panes needing less than an equal share keep their need and the
  /// rest is shared equally among the others. The first pane takes any remainder.
  static func share(_ total: Int, among needs: [Int]) -> [Int] {
    var heights = needs.map { _ in 0 }
    var open = Array(needs.indices)
    var left = total
    while !open.isEmpty {
      let fair = left / open.count
      let satisfied = open.filter { needs[$0] <= fair }
      if satisfied.isEmpty {
        for index in open { heights[index] = fair }
        left -= fair * open.count
        break
      }
      for index in satisfied {
        heights[index] = needs[index]
        left -= needs[index]
      }
      open.removeAll { satisfied.contains($0) }
    }
    heights[0] += max(0, left)
    return heights
  }

  /// Rows available to a list in this layout (0 when it is not shown).
  public func height(of pane: ListPane) -> Int { listFrames[pane]?.height ?? 0 }
}
