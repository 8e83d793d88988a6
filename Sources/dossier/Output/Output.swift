import DossierModel
import FoundationEssentials
import Glibc

/// Writes human-readable output: data text neutralised, colour only on a terminal
/// without `NO_COLOR`, long lines fitted to the terminal's width.
struct Output {
  let style: Style
  /// The terminal's width when stdout is a terminal; nil when piped (no truncation).
  let width: Int?

  init(colorDisabled: Bool, isTerminal: Bool = isatty(STDOUT_FILENO) == 1) {
    let noColorSet = ProcessInfo.processInfo.environment["NO_COLOR"] != nil
    style = Style(enabled: isTerminal && !colorDisabled && !noColorSet)
    width = isTerminal ? Self.terminalWidth() : nil
  }

  /// Data text made safe for the terminal: control characters shown visibly.
  func safe(_ text: String) -> String { SafeText.neutralized(text) }

  func line(_ text: String) {
    print(text)
  }

  /// Prints a message on stderr.
  static func error(_ message: String) {
    StandardStream.write(message + "\n", to: STDERR_FILENO)
  }

  private static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}

/// ANSI styles, or none when colour is off.
struct Style {
  let enabled: Bool

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func kind(_ text: String) -> String { wrap(text, "36") }
  func highlight(_ text: String) -> String { wrap(text, "1;33") }
  func quote(_ text: String) -> String { wrap(text, "3") }
  func failure(_ text: String) -> String { wrap(text, "1;31") }
  func success(_ text: String) -> String { wrap(text, "32") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
