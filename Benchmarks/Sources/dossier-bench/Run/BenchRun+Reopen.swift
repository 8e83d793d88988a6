/// Step 6: reopening the largest file, unchanged, with the release browser.
extension BenchRun {
  mutating func measureReopen(largestFile: String, largestTitle: String, size: Int) throws {
    let label = SizeList.label(size)
    let million = Self.isMillionScale(size)
    let timeTarget = ReportRow.Target.atMost(median: 300, text: "≤ 300 ms")
    let memoryTarget = ReportRow.Target.atMost(
      median: Self.reopenMemoryTarget, p95: Self.reopenMemoryTarget, text: "≤ 400 MB")
    let timeRow = "Reopen unchanged \(label) file: launch → loaded browser, search offered"
    let memoryRow = "Resident memory (VmRSS) at that frame, reopen \(label)"
    guard let binary = settings.dossierBinary else {
      report.rows.append(
        .skipped(timeRow, "skipped: no release dossier binary", target: timeTarget))
      return
    }
    Progress.note("reopen: \(largestFile), twice or more in a row")
    let reopen = try LaunchBenchmark(binary: binary).measureReopen(
      file: largestFile, title: largestTitle, repetitions: settings.repetitions)
    report.rows += [
      ReportRow(timeRow, reopen.ready, target: million ? timeTarget : nil),
      ReportRow(memoryRow, reopen.residentMemory, target: million ? memoryTarget : nil),
    ]
    let shown = LaunchBenchmark.loadedBrowserText(title: largestTitle)
      .map { "\"\($0)\"" }.joined(separator: " and ")
    report.sections.append(
      "## Reopen\n\n`\(binary) --data \(largestFile)` is launched once, untimed (it may "
        + "write a persistent cache), then launched and timed again (n = \(reopen.ready.count)). "
        + "Each is timed from spawn to the first output in which the loaded browser shows "
        + "(\(shown): the dossier's title on the top row and the search hint on the status "
        + "line, which the loading screen does not show; the browser draws only once the "
        + "dossier and its search index are ready). Its resident memory is VmRSS from "
        + "/proc/PID/status at that moment.")
  }

  /// 400 MB, in MiB.
  static let reopenMemoryTarget = 400e6 / 1_048_576
}
