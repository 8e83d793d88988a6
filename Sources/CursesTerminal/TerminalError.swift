/// Why the terminal could not be opened.
public enum TerminalError: Error, CustomStringConvertible {
  /// stdin or stdout is not a terminal.
  case notATerminal
  /// `TERM` is unset or empty.
  case termUnset
  /// ncurses does not know the terminal type.
  case unknownTerminal(String)
  /// The terminal cannot put the cursor where it is asked (`dumb`, a printing terminal).
  case cannotAddressTheCursor(String)

  /// A one-line explanation for the user.
  public var description: String {
    switch self {
    case .notATerminal:
      "the browser needs a terminal, but stdin or stdout is not one; "
        + "for scripts use `dossier list`, `dossier show ID` or `dossier search WORDS`"
    case .termUnset:
      "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
    case .unknownTerminal(let name):
      "unknown terminal type \"\(name)\" (TERM); try TERM=xterm-256color or TERM=vt100"
    case .cannotAddressTheCursor(let name):
      "a \"\(name)\" terminal (TERM) cannot move the cursor, which the browser needs; "
        + "use TERM=xterm-256color or TERM=vt100 if the terminal can, "
        + "or `dossier list`, `dossier show ID` and `dossier search WORDS`"
    }
  }
}
