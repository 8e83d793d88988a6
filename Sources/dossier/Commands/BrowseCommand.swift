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
      them. Enter opens or follows a link, Backspace/←/[ goes back, ]/→ forward, / \
      searches, ? shows every key, q quits. Needs a terminal: in scripts use list, show \
      or search. Colours are off with NO_COLOR or --no-color.
      """
  )

  @OptionGroup var options: BrowserOptions

  func run() throws {
    try options.browse()
  }
}

/// The options of the browser, shared by `dossier` and `dossier browse`.
struct BrowserOptions: ParsableArguments {
  @OptionGroup var color: ColorOptions

  @OptionGroup var data: DataOptions

  /// Runs the browser until the user quits; the terminal is restored on every exit path.
  func browse() throws {
    let data = self.data
    try Self.browse(noColor: color.noColor, displayName: data.displayName) { progress in
      data.loadResult(progress: progress)
    }
  }

  /// Runs the browser on the bundled dossier with every option at its default: what
  /// `dossier` alone does, without parsing any arguments.
  static func browseBundled() throws {
    try browse(noColor: false, displayName: BundledDossier.fileName) { _ in
      Result { () throws(DossierLoadError) -> LoadedDossier in
        try DossierLoader.load(BundledDossier.input)
      }
    }
  }

  /// Runs the browser on the dossier `load` gives, loaded on a thread of its own while
  /// the loading screen shows how far it got.
  private static func browse(
    noColor: Bool, displayName: String,
    load: @escaping @Sendable (LoadProgress) -> Result<LoadedDossier, DossierLoadError>
  ) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error("dossier: \(TerminalError.notATerminal)")
      throw ExitCode(2)
    }
    let useColor = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(useColor: useColor)
    } catch {
      Output.error("dossier: \(error)")
      throw ExitCode(2)
    }
    let progress = LoadProgress()
    let work = BackgroundWork { load(progress) }
    let session = BrowserSession(terminal: terminal, fileName: displayName)
    guard let loaded = session.awaitLoad(work, progress: progress) else {
      terminal.restore()
      return
    }
    switch loaded {
    case .success(let loaded):
      session.browse(loaded.dossier, snapshotCheck: loaded.snapshotCheck)
      terminal.restore()
    case .failure(let error):
      terminal.restore()
      DataOptions.report(error)
      throw ExitCode.failure
    }
  }
}
