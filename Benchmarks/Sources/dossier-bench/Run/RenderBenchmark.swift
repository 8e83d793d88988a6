import CursesTerminal
import DossierBrowser
import DossierModel

/// A full 200×60 frame: rendered into a `Canvas`, and drawn through the terminal adapter.
struct RenderTiming {
  /// `BrowserState(dossier:rows:columns:)`: the lists built once after a load.
  var stateCreation = Samples(.milliseconds)
  /// `render(state)`, alternating between two different screens.
  var canvas = Samples(.milliseconds)
  /// `CursesTerminal.draw`, alternating between the two screens (ncurses sends the
  /// difference).
  var changedFrame = Samples(.milliseconds)
  /// `CursesTerminal.draw` after `invalidate()`: every cell sent again.
  var fullRepaint = Samples(.milliseconds)
}

enum RenderBenchmark {
  /// Render and draw are fast: at least this many samples each.
  static let minimumSamples = 50

  static func measure(_ dossier: Dossier, terminal: CursesTerminal, repetitions: Int)
    -> RenderTiming
  {
    var timing = RenderTiming()
    var timeline = BrowserState(dossier: dossier, rows: 60, columns: 200)
    for _ in 0..<min(repetitions, 3) {
      timing.stateCreation.append(
        elapsed { timeline = BrowserState(dossier: dossier, rows: 60, columns: 200) })
    }
    let actors = update(update(timeline, .key(.character("2"))).state, .key(.character("j"))).state
    let states = [timeline, actors]
    let canvases = states.map(render)
    let samples = max(repetitions, minimumSamples)
    for round in 0..<samples {
      let state = states[round % 2]
      timing.canvas.append(elapsed { _ = render(state) })
    }
    for round in 0..<samples {
      let canvas = canvases[round % 2]
      timing.changedFrame.append(elapsed { terminal.draw(canvas) })
    }
    for round in 0..<samples {
      let canvas = canvases[round % 2]
      terminal.invalidate()
      timing.fullRepaint.append(elapsed { terminal.draw(canvas) })
    }
    return timing
  }
}
