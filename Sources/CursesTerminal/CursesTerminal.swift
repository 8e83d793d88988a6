import CNcurses
import DossierBrowser
import Glibc

/// The only code that talks to ncurses: opens and restores the terminal, shows canvases
/// (ncurses sends only the cells that changed), and reads keys and resizes.
public final class CursesTerminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let palette: StylePalette
  private var isOpen = true

  /// Opens the terminal on stdin/stdout. Restores it on crash and termination signals.
  public init(useColor: Bool) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .notATerminal
    }
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      throw .termUnset
    }
    setlocale(LC_ALL, "")
    guard let screen = newterm(nil, dossier_stdout(), dossier_stdin()),
      let window = Self.start(screen)
    else {
      throw .unknownTerminal(term)
    }
    self.screen = screen
    self.window = window
    TerminalRestorer.install()
    palette = StylePalette(useColor: useColor)
  }

  /// A terminal of the given type and size that writes to `/dev/null`: for measuring
  /// the cost of drawing without a screen.
  public init(offscreenRows rows: Int, columns: Int, term: String = "xterm-256color")
    throws(TerminalError)
  {
    setlocale(LC_ALL, "")
    guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
      throw .notATerminal
    }
    guard let screen = newterm(term, output, input), let window = Self.start(screen) else {
      throw .unknownTerminal(term)
    }
    self.screen = screen
    self.window = window
    resizeterm(Int32(rows), Int32(columns))
    palette = StylePalette(useColor: true)
  }

  /// Makes `screen` current and sets the input modes; nil when it has no window.
  private static func start(_ screen: OpaquePointer) -> UnsafeMutablePointer<WINDOW>? {
    set_term(screen)
    guard let window = dossier_stdscr() else {
      endwin()
      return nil
    }
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    return window
  }

  deinit {
    restore()
  }

  /// Rows and columns of the terminal.
  public var size: (rows: Int, columns: Int) {
    (Int(getmaxy(window)), Int(getmaxx(window)))
  }

  /// Shows a canvas.
  public func draw(_ canvas: Canvas) {
    werase(window)
    for row in 0..<canvas.rows {
      var column = 0
      while column < canvas.columns {
        let style = canvas[row, column].style
        let start = column
        var characters: [wchar_t] = []
        while column < canvas.columns, canvas[row, column].style == style {
          for scalar in canvas[row, column].text.unicodeScalars {
            characters.append(wchar_t(bitPattern: scalar.value))
          }
          column += 1
        }
        let (attr, pair) = palette.attribute(for: style)
        wattr_set(window, attr, pair, nil)
        characters.append(0)
        mvwaddnwstr(window, Int32(row), Int32(start), characters, Int32(characters.count - 1))
      }
    }
    wattr_set(window, dossier_attr_normal(), 0, nil)
    wnoutrefresh(window)
    doupdate()
  }

  /// Puts text on the clipboard through the terminal with OSC 52 (tmux passes it on with
  /// `set-clipboard on`). The text comes base64-encoded, so none of it can act on the
  /// terminal: the sequence is ours.
  public func copyToClipboard(base64 text: String) {
    guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) })
    else { return }
    fputs("\u{1B}]52;c;" + text + "\u{07}", dossier_stdout())
    fflush(dossier_stdout())
  }

  /// Gives the terminal back while `body` runs (an editor, say), then takes it again; the
  /// next draw repaints every cell.
  public func runOutside<Result>(_ body: () -> Result) -> Result {
    def_prog_mode()
    endwin()
    let result = body()
    reset_prog_mode()
    clearok(window, true)
    return result
  }

  /// Makes the next draw repaint every cell (Ctrl-L).
  public func invalidate() {
    clearok(window, true)
  }

  /// Waits, without using the CPU, for the next key or resize; with a timeout, gives up
  /// after that many milliseconds and returns nil.
  public func nextEvent(timeoutMilliseconds timeout: Int? = nil) -> InputEvent? {
    wtimeout(window, Int32(timeout ?? -1))
    var character: wint_t = 0
    let status = wget_wch(window, &character)
    if status == KEY_CODE_YES {
      if Int32(character) == KEY_RESIZE {
        return .resize(rows: size.rows, columns: size.columns)
      }
      return KeyDecoder.functionKey(Int32(character)).map(InputEvent.key)
    }
    guard status == OK else { return nil }
    return KeyDecoder.character(UInt32(character)).map(InputEvent.key)
  }

  /// Gives the terminal back: cursor, echo, canonical mode, the normal screen. The screen
  /// is cleared first, so a terminal without an alternate screen (vt100) is left clean.
  public func restore() {
    guard isOpen else { return }
    isOpen = false
    werase(window)
    wrefresh(window)
    endwin()
    delscreen(screen)
  }
}
