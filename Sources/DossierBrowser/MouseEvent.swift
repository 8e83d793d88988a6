/// A mouse report, as the terminal sends it with SGR (1006) encoding.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Action: Hashable, Sendable {
    /// The left button went down.
    case click
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down.
    case wheelDown
  }

  /// What the mouse did.
  public let action: Action
  /// The screen row, from 0 at the top.
  public let row: Int
  /// The screen column, from 0 at the left.
  public let column: Int

  /// A report at a cell.
  public init(_ action: Action, row: Int, column: Int) {
    self.action = action
    self.row = row
    self.column = column
  }

  /// Reads the body of an SGR report, what follows `ESC [ <`: "0;12;5M" is a left press
  /// at column 12, row 5 (both from 1). Other buttons, releases and motion give nil, as
  /// does anything malformed.
  public init?(sgrBody body: String) {
    guard let final = body.last, final == "M" || final == "m" else { return nil }
    let numbers = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
      .map { Int($0) }
    guard numbers.count == 3, let code = numbers[0], let x = numbers[1], let y = numbers[2],
      x >= 1, y >= 1, final == "M"
    else { return nil }
    switch code & ~(4 | 8 | 16) {
    case 0: action = .click
    case 64: action = .wheelUp
    case 65: action = .wheelDown
    default: return nil
    }
    row = y - 1
    column = x - 1
  }
}
