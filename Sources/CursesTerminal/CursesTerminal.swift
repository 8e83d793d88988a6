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
  /// Whether the terminal reports the mouse to us.
  private let mouse: Bool
  /// Whether the keyboard is gone: the input ended (the terminal closed without a hangup
  /// signal) or cannot be read. The browser ends when it is.
  public private(set) var inputEnded = false

  /// Opens the terminal on stdin/stdout, with mouse reports (button presses and the
  /// wheel, SGR-encoded) unless `mouse` is false, in the standard colours but for
  /// `colors`. Restores it on crash and termination signals.
  public init(useColor: Bool, mouse: Bool = true, colors: [CellStyle: CellColors] = [:])
    throws(TerminalError)
  {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .notATerminal
    }
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      throw .termUnset
    }
    setlocale(LC_ALL, "")
    guard Self.canMoveTheCursor(term) else { throw .cannotAddressTheCursor(term) }
    guard let screen = newterm(nil, dossier_stdout(), dossier_stdin()),
      let window = Self.start(screen)
    else {
      throw .unknownTerminal(term)
    }
    self.screen = screen
    self.window = window
    self.mouse = mouse
    TerminalRestorer.install(mouse: mouse)
    palette = StylePalette(useColor: useColor, colors: colors)
    if mouse { Self.write(MouseReporting.on) }
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
    mouse = false
    resizeterm(Int32(rows), Int32(columns))
    palette = StylePalette(useColor: true)
  }

  /// Whether terminals of type `term` can put the cursor anywhere (terminfo's `cup`):
  /// `dumb` and printing terminals cannot, and would show a blank screen. Unknown types
  /// pass here, for `newterm` to report.
  private static func canMoveTheCursor(_ term: String) -> Bool {
    var status: Int32 = 0
    guard setupterm(term, STDOUT_FILENO, &status) == OK else { return true }
    defer { del_curterm(dossier_current_terminal()) }
    return dossier_can_address_cursor() != 0
  }

  /// Makes `screen` current and sets the input modes; nil when it has no window.
  ///
  /// Keys are read raw: Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q come to the browser as keys
  /// rather than as signals or flow control, so that Ctrl-C can cancel a prompt and
  /// Ctrl-S does not freeze the screen.
  private static func start(_ screen: OpaquePointer) -> UnsafeMutablePointer<WINDOW>? {
    set_term(screen)
    guard let window = dossier_stdscr() else {
      endwin()
      return nil
    }
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    return window
  }

  /// The signals a thread started by the browser should block, so that the main thread,
  /// where ncurses and the terminal restorer expect them, receives them: a resize, a
  /// suspension, and every signal that would end the program but the faults.
  public static let signalsForTheMainThread =
    [SIGWINCH, SIGTSTP]
    + TerminalRestorer.endingSignals.filter {
      !TerminalRestorer.faults.contains($0)
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
    Self.write("\u{1B}]52;c;" + text + "\u{07}")
  }

  /// Writes our own control sequence to the terminal, past ncurses.
  private static func write(_ sequence: String) {
    fputs(sequence, dossier_stdout())
    fflush(dossier_stdout())
  }

  /// Gives the terminal back while `body` runs (an editor, say), then takes it again; the
  /// next draw repaints every cell.
  public func runOutside<Result>(_ body: () -> Result) -> Result {
    if mouse { Self.write(MouseReporting.off) }
    def_prog_mode()
    endwin()
    let result = body()
    reset_prog_mode()
    if mouse { Self.write(MouseReporting.on) }
    clearok(window, true)
    return result
  }

  /// Stops the program and gives the terminal back to the shell, as Ctrl-Z does where keys
  /// are not read raw; when the shell continues it (`fg`), takes the terminal again.
  public func suspend() {
    runOutside {
      let handler = signal(SIGTSTP, SIG_DFL)
      raise(SIGTSTP)
      signal(SIGTSTP, handler)
    }
  }

  /// Gives the terminal back and ends the program by the interrupt signal's own action,
  /// so that the shell sees an interrupt (status 130), as after Ctrl-C anywhere else.
  public func endByInterrupt() -> Never {
    restore()
    signal(SIGINT, SIG_DFL)
    raise(SIGINT)
    exit(130)
  }

  /// Makes the next draw repaint every cell (Ctrl-L).
  public func invalidate() {
    clearok(window, true)
  }

  /// Waits, without using the CPU, for the next key or resize; with a timeout, gives up
  /// after that many milliseconds and returns nil. Returns nil at once, with `inputEnded`
  /// set, when the keyboard is gone.
  public func nextEvent(timeoutMilliseconds timeout: Int? = nil) -> InputEvent? {
    guard !inputEnded else { return nil }
    wtimeout(window, Int32(timeout ?? -1))
    var character: wint_t = 0
    let status = wget_wch(window, &character)
    if status == ERR, Self.inputHasEnded() {
      inputEnded = true
      return nil
    }
    if status == KEY_CODE_YES {
      if Int32(character) == KEY_RESIZE {
        return .resize(rows: size.rows, columns: size.columns)
      }
      // Terminals whose terminfo names "ESC [ <" as the mouse key (xterm).
      if Int32(character) == KEY_MOUSE { return readMouseReport() }
      return KeyDecoder.functionKey(Int32(character)).map(InputEvent.key)
    }
    guard status == OK else { return nil }
    // A mouse report the browser ignores (a release) is nothing, not an Escape.
    if mouse, character == 27, let report = readMouseReportAfterEscape() { return report.event }
    return KeyDecoder.character(UInt32(character)).map(InputEvent.key)
  }

  /// After a read that gave nothing: whether the input has ended or failed, rather than
  /// the wait timed out or a signal broke it. Such an input says it can be read (or hung
  /// up) while holding no byte.
  private static func inputHasEnded() -> Bool {
    var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&input, 1, 0) == 1 else { return false }
    if input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
    var waiting: Int32 = 0
    return ioctl(STDIN_FILENO, UInt(FIONREAD), &waiting) != 0 || waiting == 0
  }

  /// A mouse report read: the event, or none for a report the browser ignores.
  private struct MouseReport {
    let event: InputEvent?
  }

  /// After an Escape: the rest of an SGR mouse report ("[<0;12;5M") when it follows at
  /// once; otherwise the characters read are put back and nil is returned.
  private func readMouseReportAfterEscape() -> MouseReport? {
    var read: [wint_t] = []
    defer { for character in read.reversed() { unget_wch(wchar_t(bitPattern: character)) } }
    for expected in ["[", "<"] {
      guard let next = nextCharacterNow() else { return nil }
      read.append(next)
      guard next == wint_t(expected.unicodeScalars.first!.value) else { return nil }
    }
    read.removeAll()
    return MouseReport(event: readMouseReport())
  }

  /// The body of an SGR mouse report, already waiting: a click or the wheel as a mouse
  /// event, anything else (a release, another button) as nothing to act on.
  private func readMouseReport() -> InputEvent? {
    var body = ""
    while body.count < 32, let next = nextCharacterNow(), let scalar = Unicode.Scalar(next) {
      body.unicodeScalars.append(scalar)
      if scalar == "M" || scalar == "m" { break }
    }
    return MouseEvent(sgrBody: body).map(InputEvent.mouse)
  }

  /// The next character if one is waiting, without waiting.
  private func nextCharacterNow() -> wint_t? {
    wtimeout(window, 0)
    var character: wint_t = 0
    return wget_wch(window, &character) == OK ? character : nil
  }

  /// Gives the terminal back: cursor, echo, canonical mode, the normal screen. The screen
  /// is cleared first, so a terminal without an alternate screen (vt100) is left clean.
  public func restore() {
    guard isOpen else { return }
    isOpen = false
    if mouse { Self.write(MouseReporting.off) }
    werase(window)
    wrefresh(window)
    endwin()
    delscreen(screen)
  }
}
