import DossierBrowser

/// Opening an unchanged file again: a second launch on the same file, which may use what
/// the first launch left behind (a persistent cache), to the loaded browser's first frame.
struct ReopenTiming {
  /// Exec to the first frame that shows the loaded dossier, search offered.
  var ready = Samples(.milliseconds)
  /// The process's resident memory (`VmRSS`) at that frame.
  var residentMemory = Samples(.mebibytes)
}

extension LaunchBenchmark {
  /// Opens `file` once with `dossier check` (untimed; it writes the cache before it exits,
  /// where the browser would write it in the background), then times `repetitions`
  /// launches of the browser after it, fewer when they are slow.
  func measureReopen(file: String, title: String, repetitions: Int) throws -> ReopenTiming {
    let arguments = ["--data", file]
    let readyText = Self.loadedBrowserText(title: title)
    _ = try Subprocess.run(binary, ["check"] + arguments)
    var timing = ReopenTiming()
    var planned = repetitions
    var round = 0
    while round < planned {
      let run = try launch(
        arguments, readyText: readyText, quitAtFirstFrame: false, measureIdle: false)
      timing.ready.append(run.ready)
      if let memory = run.residentMemory { timing.residentMemory.append(memory) }
      round += 1
      if run.ready.milliseconds > LoadBenchmark.slowLoad {
        planned = min(planned, LoadBenchmark.slowRepetitions)
      }
    }
    return timing
  }

  /// What the loaded browser shows and the loading screen does not: the longest word of
  /// the dossier's title (top row) and the status line's search hint, "/ search" (bottom
  /// row, so drawn last).
  static func loadedBrowserText(title: String) -> [String] {
    let keymap = Keymap.standard
    let searchHint = keymap.keys(for: .search, in: .lists).first.map {
      "\($0.label) \(Action.search.hint(in: .lists))"
    }
    return [BenchRun.titleWord(title)] + (searchHint.map { [$0] } ?? [])
  }
}
