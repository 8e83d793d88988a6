/// Step 1: load time and peak memory per size, beside `jq empty`.
extension BenchRun {
  /// 1 GB, in the MiB the memory figures are given in.
  static let gigabyteInMebibytes = 1e9 / 1_048_576

  mutating func measureLoads(files: [String]) throws {
    for (size, file) in zip(settings.sizes, files) {
      let label = SizeList.label(size)
      Progress.note("load \(label): \(settings.repetitions)× measure-load")
      let load = try LoadBenchmark.measure(file: file, repetitions: settings.repetitions)
      var jqTime: Samples?
      var jqMemory: Samples?
      if tools.jqVersion != nil {
        Progress.note("load \(label): jq empty")
        var time = Samples(.milliseconds)
        var memory = Samples(.mebibytes)
        for _ in 0..<load.total.count {
          let outcome = try PeerTools.jqEmpty(file)
          time.append(outcome.duration)
          memory.append(Double(outcome.peakMemory) / 1_048_576)
        }
        jqTime = time
        jqMemory = memory
      }
      let million = Self.isMillionScale(size)
      report.rows += [
        ReportRow(
          "Load \(label) (parse + validate + index)", load.total,
          target: million
            ? .fasterThanPeer(by: 2, median: 2000, text: "≤ 2 s and ≥ 2× faster than jq")
            : nil,
          peerName: "jq empty", peer: jqTime),
        ReportRow("  parse (read + JSON)", load.parse),
        ReportRow("  validate", load.validate),
        ReportRow("  index", load.index),
        ReportRow(
          "Peak memory (VmHWM), load \(label)", load.peakMemory,
          target: million
            ? .atMost(
              median: Self.gigabyteInMebibytes, p95: Self.gigabyteInMebibytes, text: "≤ 1 GB")
            : nil,
          peerName: "jq empty", peer: jqMemory),
      ]
    }
  }
}
