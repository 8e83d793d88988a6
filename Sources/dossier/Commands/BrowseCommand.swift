import ArgumentParser
import BundledDossier
import CursesTerminal
import DossierBrowser
import DossierModel
import FoundationEssentials
import Glibc

/// `dossier browse`: the terminal browser (also what `dossier` alone runs).
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Open the terminal browser (the default when no subcommand is given).",
    discussion: """
      Timeline, actors and projects, with the selected entity's links and quotes beside \
      them. Enter opens or follows a link, Backspace (or Left, or [) goes back, ] (or \
      Right) forward, / searches, f filters, m marks, e edits the file, ? shows every \
      key, q quits. Needs a terminal: in scripts use list, show or search. Colours are \
      off with NO_COLOR or --no-color; the mouse is the terminal's with --no-mouse. With \
      ID, opens at that entity (exits 1 with the nearest ids when there is none). Marks \
      are kept in $XDG_STATE_HOME/dossier/marks.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Open at this entity: its id, or an exact name or alias.", valueName: "ID"),
    completion: EntityIDCompletion.kind)
  var id: String?

  @OptionGroup var options: BrowserOptions

  func run() throws {
    try options.browse(startingAt: id)
  }
}

/// The options of the browser, shared by `dossier` and `dossier browse`.
struct BrowserOptions: ParsableArguments {
  @OptionGroup var color: ColorOptions

  @Flag(
    name: .customLong("no-mouse"),
    help: "Leave the mouse to the terminal (its own text selection works): no clicks or wheel.")
  var noMouse = false

  @OptionGroup var data: DataOptions

  /// Runs the browser until the user quits, at the entity `id` names when given; the
  /// terminal is restored on every exit path.
  func browse(startingAt id: String? = nil) throws {
    let data = self.data
    let readsStandardInput = data.data == DataOptions.standardInput
    let dossierInput = readsStandardInput ? try Self.keysFromTheTerminal() : STDIN_FILENO
    try Self.browse(
      noColor: color.noColor, mouse: !noMouse, displayName: data.displayName,
      showsLoadingAtOnce: data.file.map(Self.isLarge) ?? readsStandardInput,
      marks: readsStandardInput ? nil : MarksStore.standard(for: data.data), startingAt: id,
      file: data.file.map { path in
        EditableFile(path: path) { progress in data.loadResult(progress: progress) }
      }
    ) { progress in
      data.loadResult(progress: progress, standardInput: dossierInput)
    }
  }

  /// With `--data -` the dossier comes on the standard input and the keys from the
  /// terminal (as `less` does): the standard input is kept under another descriptor, which
  /// is returned, and the terminal takes its place.
  private static func keysFromTheTerminal() throws -> Int32 {
    let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
    guard terminal >= 0 else {
      Output.error(
        "dossier: the browser reads the dossier from the standard input (--data -) and the keys "
          + "from the terminal, and there is no terminal: use `dossier list --data -`")
      throw ExitCode(2)
    }
    defer { close(terminal) }
    let dossierInput = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3)
    guard dossierInput >= 0, dup2(terminal, STDIN_FILENO) >= 0 else {
      Output.error(
        "dossier: the standard input cannot be read: \(String(cString: strerror(errno)))")
      throw ExitCode(2)
    }
    return dossierInput
  }

  /// Files this large take longer to load than the browser waits before it shows the
  /// loading screen: it shows at once, before the load takes both cores.
  private static let largeFileSize = 8 << 20

  /// Whether the file at `path` is at least `largeFileSize` bytes.
  private static func isLarge(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && Int(status.st_size) >= largeFileSize
  }

  /// Runs the browser on the bundled dossier with every option at its default: what
  /// `dossier` alone does, without parsing any arguments.
  static func browseBundled() throws {
    try browse(
      noColor: false, mouse: true, displayName: BundledDossier.fileName, showsLoadingAtOnce: false,
      marks: MarksStore.standard(for: nil), startingAt: nil, file: nil
    ) { _ in
      Result { () throws(DossierLoadError) -> LoadedDossier in
        try DossierLoader.load(BundledDossier.input)
      }
    }
  }

  /// Gives the terminal back; when the browser ended because the keyboard was gone (the
  /// terminal closed under it), says so and fails.
  private static func endSession(on terminal: CursesTerminal) throws {
    terminal.restore()
    guard terminal.inputEnded else { return }
    Output.error("dossier: the terminal's input ended")
    throw ExitCode.failure
  }

  /// Runs the browser on the dossier `load` gives, loaded on a thread of its own while
  /// the loading screen shows how far it got: from the start when `showsLoadingAtOnce`,
  /// else once the load has taken a moment.
  private static func browse(
    noColor: Bool, mouse: Bool, displayName: String, showsLoadingAtOnce: Bool, marks: MarksStore?,
    startingAt id: String?, file: EditableFile?,
    load: @escaping @Sendable (LoadProgress) -> Result<LoadedDossier, DossierLoadError>
  ) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error("dossier: \(TerminalError.notATerminal)")
      throw ExitCode(2)
    }
    let useColor = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let settings = UserConfig.forBrowser()
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(
        useColor: useColor, mouse: mouse && settings.config.mouse, colors: settings.config.colors)
    } catch {
      Output.error("dossier: \(error)")
      throw ExitCode(2)
    }
    let progress = LoadProgress()
    let session = BrowserSession(
      terminal: terminal, fileName: displayName, keymap: settings.config.keymap)
    if showsLoadingAtOnce { session.drawLoading(progress) }
    let work = BackgroundWork { load(progress) }
    guard let loaded = session.awaitLoad(work, progress: progress, quietly: !showsLoadingAtOnce)
    else {
      try endSession(on: terminal)
      return
    }
    switch loaded {
    case .success(let loaded):
      var start: String?
      if let id {
        guard let entity = ShowCommand.find(id, in: loaded.dossier) else {
          terminal.restore()
          Output.error(ShowCommand.noEntityMessage(id, in: loaded.dossier))
          throw ExitCode.failure
        }
        start = entity.id
      }
      session.browse(
        loaded.dossier, snapshotCheck: loaded.snapshotCheck, marks: marks, startingAt: start,
        file: file, notice: settings.notice)
      try endSession(on: terminal)
    case .failure(let error):
      terminal.restore()
      DataOptions.report(error)
      throw ExitCode.failure
    }
  }
}
