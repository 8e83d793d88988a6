import Foundation
import Glibc

/// From launching the `dossier` browser on a 200×60 pseudo-terminal to its first screen.
struct LaunchTiming {
  /// Spawn to the first output that shows text (a drawn screen, whatever it shows).
  var firstFrame = Samples(.milliseconds)
  /// Spawn to the first output that shows the dossier's title: the browser is usable.
  var ready = Samples(.milliseconds)
  /// From sending `q` once ready to the process's exit.
  var quit = Samples(.milliseconds)
  /// From sending `q` as soon as the first screen shows (during a load) to the exit.
  var quitAtFirstFrame = Samples(.milliseconds)
  /// CPU used while idle once the dossier shows, for one second starting half a
  /// second after it shows, in percent of one core.
  var idleCPU = Samples(.percent)
}

/// Launches the browser, as a person would, on a pseudo-terminal.
struct LaunchBenchmark {
  static let rows = 60
  static let columns = 200
  /// A launch that shows nothing for this long is abandoned.
  static let timeout = Duration.seconds(180)
  static let idleWindow = Duration.seconds(1)
  /// How long after the title shows the idle measurement starts.
  static let settleTime = Duration.milliseconds(500)

  var binary: String

  /// Launches `binary` (with `--data FILE --no-cache` when `file` is given: a first open,
  /// which `measureReopen` compares with) `repetitions` times; `titleWord` is a word of
  /// the dossier's title that shows the browser is ready.
  func measure(file: String?, titleWord: String, repetitions: Int, quitDuringLoad: Bool)
    throws -> LaunchTiming
  {
    var timing = LaunchTiming()
    let arguments = file.map { ["--data", $0, "--no-cache"] } ?? []
    var planned = repetitions
    var round = 0
    while round < planned {
      let run = try launch(
        arguments, readyText: [titleWord], quitAtFirstFrame: false, measureIdle: round == 0)
      timing.firstFrame.append(run.firstFrame)
      timing.ready.append(run.ready)
      timing.quit.append(run.quit)
      if let cpu = run.idleCPU { timing.idleCPU.append(cpu) }
      round += 1
      if run.ready.milliseconds > LoadBenchmark.slowLoad {
        planned = min(planned, LoadBenchmark.slowRepetitions)
      }
    }
    if quitDuringLoad {
      for _ in 0..<planned {
        let run = try launch(
          arguments, readyText: [titleWord], quitAtFirstFrame: true, measureIdle: false)
        timing.quitAtFirstFrame.append(run.quit)
      }
    }
    return timing
  }

  /// One launch's figures.
  struct Run {
    var firstFrame = Duration.zero
    var ready = Duration.zero
    var quit = Duration.zero
    var idleCPU: Double?
    /// The process's resident memory (`VmRSS`) as soon as it was ready, in MiB.
    var residentMemory: Double?
  }

  /// Launches the binary once: ready is the first moment its output has shown every text
  /// of `readyText` since the first frame.
  func launch(
    _ arguments: [String], readyText: [String], quitAtFirstFrame: Bool, measureIdle: Bool
  ) throws -> Run {
    let terminal = try PseudoTerminal(rows: Self.rows, columns: Self.columns)
    defer { terminal.close() }
    let clock = ContinuousClock()
    let start = clock.now
    // The pseudo-terminal's size, not inherited LINES/COLUMNS, must decide the layout.
    let pid = try terminal.spawn(
      binary, arguments, environment: ["TERM": "xterm-256color", "LINES": nil, "COLUMNS": nil])
    var run = Run()
    var output: [UInt8] = []
    var sawFrame = false
    func fail(_ reason: String) -> SpawnError {
      kill(pid, SIGKILL)
      _ = Subprocess.reap(pid)
      let shown = ScreenText.visible(in: output).suffix(300)
      return SpawnError(description: "\(binary): \(reason); it showed: \(shown)")
    }
    while true {
      let remaining = Self.timeout - (clock.now - start)
      guard remaining > .zero else { throw fail("no screen within \(Self.timeout)") }
      guard let chunk = terminal.read(timeout: remaining) else {
        throw fail("exited before showing the dossier")
      }
      output += chunk
      if !sawFrame, ScreenText.showsText(output) {
        sawFrame = true
        run.firstFrame = clock.now - start
        if quitAtFirstFrame { break }
      }
      if sawFrame, readyText.allSatisfy(ScreenText.visible(in: output).contains) {
        run.ready = clock.now - start
        run.residentMemory = ProcessStatus.residentMebibytes(of: pid)
        break
      }
    }
    if measureIdle { run.idleCPU = idleCPU(of: pid, terminal: terminal) }
    let quitStart = clock.now
    terminal.write("q")
    while clock.now - quitStart < Self.timeout, terminal.read(timeout: .seconds(1)) != nil {}
    _ = Subprocess.reap(pid)
    run.quit = clock.now - quitStart
    return run
  }

  /// The share of one core the process uses over `idleWindow` once `settleTime` has
  /// passed, reading what it writes meanwhile.
  private func idleCPU(of pid: pid_t, terminal: PseudoTerminal) -> Double? {
    let clock = ContinuousClock()
    drain(terminal, for: Self.settleTime)
    guard let before = cpuTicks(of: pid) else { return nil }
    let start = clock.now
    drain(terminal, for: Self.idleWindow)
    guard let after = cpuTicks(of: pid) else { return nil }
    let seconds = (clock.now - start).milliseconds / 1000
    return Double(after - before) / Double(sysconf(Int32(_SC_CLK_TCK))) / seconds * 100
  }

  /// Reads and drops the child's output for `duration`.
  private func drain(_ terminal: PseudoTerminal, for duration: Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    while clock.now - start < duration {
      guard terminal.read(timeout: duration - (clock.now - start)) != nil else { return }
    }
  }

  /// User plus system CPU time of a process, in clock ticks, from `/proc/PID/stat`.
  private func cpuTicks(of pid: pid_t) -> Int? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: end)...].split(separator: " ")
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
      return nil
    }
    return user + system
  }

  /// The release `dossier` binary: `path` if given, else the one built beside this
  /// benchmark, else `.build/release/dossier` in the nearest folder above the current one
  /// or above this benchmark's executable.
  static func findBinary(_ path: String?) -> String? {
    if let path { return FileManager.default.isExecutableFile(atPath: path) ? path : nil }
    let bench = URL(fileURLWithPath: BenchExecutable.path)
    let sibling = bench.deletingLastPathComponent().appendingPathComponent("dossier").path
    if bench.path.contains("/release/"), FileManager.default.isExecutableFile(atPath: sibling) {
      return sibling
    }
    let starts = [FileManager.default.currentDirectoryPath, bench.path]
    for start in starts {
      var folder = URL(fileURLWithPath: start)
      while folder.path != "/" {
        let candidate = folder.appendingPathComponent(".build/release/dossier").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        folder.deleteLastPathComponent()
      }
    }
    return nil
  }
}
