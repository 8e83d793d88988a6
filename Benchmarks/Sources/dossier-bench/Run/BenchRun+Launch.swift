import BundledDossier

/// Step 5: launch to first frame of the release browser on a pseudo-terminal.
extension BenchRun {
  mutating func measureLaunch(largestFile: String, largestTitle: String, label: String) throws {
    guard let binary = settings.dossierBinary else {
      let reason =
        "skipped: no release dossier binary; run `swift build -c release --product dossier` "
        + "in the root package, or pass --dossier-binary"
      report.rows += [
        .skipped("Launch → first frame, bundled dossier", reason, target: firstFrame(20)),
        .skipped("Launch → first frame, \(label)", reason, target: firstFrame(100)),
      ]
      return
    }
    let launcher = LaunchBenchmark(binary: binary)
    let bundledTitle = (try? BundledDossier.load().title) ?? ""
    Progress.note("launch: bundled dossier")
    let bundled = try launcher.measure(
      file: nil, titleWord: Self.titleWord(bundledTitle), repetitions: settings.repetitions,
      quitDuringLoad: false)
    Progress.note("launch: \(largestFile)")
    let large = try launcher.measure(
      file: largestFile, titleWord: Self.titleWord(largestTitle),
      repetitions: settings.repetitions, quitDuringLoad: true)
    let idle = ReportRow.Target.atMost(median: 0, text: "0 %")
    report.rows += [
      ReportRow(
        "Launch → first frame, bundled dossier", bundled.firstFrame, target: firstFrame(20)),
      ReportRow("Launch → title shown (ready), bundled dossier", bundled.ready),
      ReportRow("q → exit, bundled dossier", bundled.quit),
      ReportRow(
        "Idle CPU, 1 s once ready, bundled dossier", bundled.idleCPU, target: idle),
      ReportRow("Launch → first frame, \(label)", large.firstFrame, target: firstFrame(100)),
      ReportRow("Launch → title shown (ready), \(label)", large.ready),
      ReportRow(
        "q at first frame → exit, \(label)", large.quitAtFirstFrame,
        target: ReportRow.Target(text: "answers q while loading")),
      ReportRow("Idle CPU, 1 s once ready, \(label)", large.idleCPU, target: idle),
    ]
    report.sections.append(
      "## Launch\n\n`\(binary)` on a 200×60 pseudo-terminal, TERM=xterm-256color. "
        + "First frame: the first output showing text (escape sequences removed); ready: the "
        + "first output showing the dossier's title. Idle CPU: user + system time from "
        + "/proc/PID/stat over 1 s, starting 0.5 s after the title shows. q is sent once ready (or, in the q at "
        + "first frame row, as soon as anything shows) and the time runs to the reaped exit.")
  }

  private func firstFrame(_ milliseconds: Double) -> ReportRow.Target {
    .atMost(median: milliseconds, text: "≤ \(Int(milliseconds)) ms")
  }

  /// The longest word of a title: what shows the browser has drawn the dossier.
  static func titleWord(_ title: String) -> String {
    let words: [Substring] = title.split(separator: " ")
    return words.max { $0.count < $1.count }.map { String($0) } ?? title
  }
}
