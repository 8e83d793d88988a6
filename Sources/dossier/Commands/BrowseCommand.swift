import ArgumentParser
import CursesTerminal
import DossierBrowser
import DossierModel
import Foundation

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
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error("dossier: \(TerminalError.notATerminal)")
      throw ExitCode(2)
    }
    let dossier = try data.load()
    let useColor = !color.noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(useColor: useColor)
    } catch {
      Output.error("dossier: \(error)")
      throw ExitCode(2)
    }
    defer { terminal.restore() }
    let size = terminal.size
    var state = BrowserState(dossier: dossier, rows: size.rows, columns: size.columns)
    terminal.draw(render(state))
    while !state.isFinished {
      guard let event = terminal.nextEvent() else { continue }
      let redraws = state.redrawRequests
      state = update(state, event)
      if state.redrawRequests != redraws { terminal.invalidate() }
      terminal.draw(render(state))
    }
  }
}
