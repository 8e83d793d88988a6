import Foundation

/// Step 1: load time and peak memory per size, beside `jq empty`.
extension BenchRun {
  /// 1 GB, in the MiB the memory figures are given in.
  static let gigabyteInMebibytes = 1e9 / 1_048_576

  mutating func measureLoads(files: [String]) throws {
    var nativeLoads: [LoadMeasurement] = []
    for (size, file) in zip(settings.sizes, files) {
      let label = SizeList.label(size)
      Progress.note("load \(label): \(settings.repetitions)× measure-load")
      let load = try LoadBenchmark.measure(file: file, repetitions: settings.repetitions)
      nativeLoads.append(load)
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
    if let size = settings.sizes.last, let file = files.last, let native = nativeLoads.last {
      try measureFtMLoad(size: size, nativeFile: file, native: native)
    }
  }

  /// Loads the same plan written as a FollowTheMoney stream, and compares the time per
  /// byte with the native file's.
  private mutating func measureFtMLoad(size: Int, nativeFile: String, native: LoadMeasurement)
    throws
  {
    let label = SizeList.label(size)
    let dataSets = DataSets(directory: settings.dataDirectory, seed: settings.seed)
    let file = try dataSets.ensure(size: size, format: "ftm")
    Progress.note("load \(label) FtM: \(settings.repetitions)× measure-load")
    let load = try LoadBenchmark.measure(file: file, repetitions: settings.repetitions)
    let ftmMebibytes = Self.mebibytes(of: file)
    let nativeMebibytes = Self.mebibytes(of: nativeFile)
    report.rows += [
      ReportRow("Load \(label) FtM stream (parse + validate + index)", load.total),
      ReportRow(
        "Load per MiB, \(label) FtM stream (\(BenchReport.format(ftmMebibytes, .mebibytes)))",
        Samples(.millisecondsPerMebibyte, load.total.values.map { $0 / ftmMebibytes }),
        target: .fasterThanPeer(by: 1, median: nil, text: "≤ native per byte"),
        peerName: "native \(label) (\(BenchReport.format(nativeMebibytes, .mebibytes)))",
        peer: Samples(
          .millisecondsPerMebibyte, native.total.values.map { $0 / nativeMebibytes })),
      ReportRow("Peak memory (VmHWM), load \(label) FtM stream", load.peakMemory),
    ]
  }

  private static func mebibytes(of file: String) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    return Double(size) / 1_048_576
  }
}
