/// The control sequences that turn the terminal's mouse reports on and off: button
/// presses and releases with the wheel (1000), SGR-encoded (1006) so that any column
/// can be reported.
enum MouseReporting {
  static let on = "\u{1B}[?1000h\u{1B}[?1006h"
  static let off = "\u{1B}[?1006l\u{1B}[?1000l"
}
