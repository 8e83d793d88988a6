import Foundation

/// Step 1: load time and peak memory per size, beside `jq empty` on the same file.
extension BenchRun {
  /// 700 MB (issue 8's peak memory target at a million entities), in MiB.
  static let peakMemoryTarget = 700e6 / 1_048_576

  mutating func measureLoads(files: [String]) throws {
    var nativeLoads: [LoadMeasurement] = []
    for (size, file) in zip(settings.sizes, files) {
      let label = SizeList.label(size)
      Progress.note("load \(label): \(settings.repetitions)× measure-load")
      let load = try LoadBenchmark.measure(file: file, repetitions: settings.repetitions)
      nativeLoads.append(load)
      let jq = try jqEmpty(file, label: label, times: load.total.count)
      let million = Self.isMillionScale(size)
      report.rows += [
        ReportRow(
          "Load \(label) (parse + validate + index)", load.total,
          target: million ? Self.loadTarget : nil, peerName: "jq empty", peer: jq?.time),
        ReportRow("  parse (read + JSON)", load.parse),
        ReportRow("  validate", load.validate),
        ReportRow("  index", load.index),
        ReportRow(
          "Peak memory (VmHWM), load \(label)", load.peakMemory,
          target: million ? Self.memoryTarget : nil, peerName: "jq empty", peer: jq?.memory),
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
    let jq = try jqEmpty(file, label: "\(label) FtM", times: load.total.count)
    let million = Self.isMillionScale(size)
    report.rows += [
      ReportRow(
        "Load \(label) FtM stream (parse + validate + index)", load.total,
        target: million ? Self.loadTarget : nil, peerName: "jq empty", peer: jq?.time),
      ReportRow(
        "Load per MiB, \(label) FtM stream (\(BenchReport.format(ftmMebibytes, .mebibytes)))",
        Samples(.millisecondsPerMebibyte, load.total.values.map { $0 / ftmMebibytes }),
        target: .fasterThanPeer(by: 1, median: nil, text: "≤ native per byte"),
        peerName: "native \(label) (\(BenchReport.format(nativeMebibytes, .mebibytes)))",
        peer: Samples(
          .millisecondsPerMebibyte, native.total.values.map { $0 / nativeMebibytes })),
      ReportRow(
        "Peak memory (VmHWM), load \(label) FtM stream", load.peakMemory,
        target: million ? Self.memoryTarget : nil, peerName: "jq empty", peer: jq?.memory),
    ]
  }

  /// Issue 8's load target at a million entities: half of `jq empty`'s time or less.
  private static var loadTarget: ReportRow.Target {
    .fasterThanPeer(by: 2, median: nil, text: "≤ 0.5 × jq empty")
  }

  /// Issue 8's peak memory target at a million entities.
  private static var memoryTarget: ReportRow.Target {
    .atMost(median: peakMemoryTarget, p95: peakMemoryTarget, text: "≤ 700 MB")
  }

  /// `jq empty` on `file`, `times` times, when jq is installed.
  private func jqEmpty(_ file: String, label: String, times: Int) throws
    -> (time: Samples, memory: Samples)?
  {
    guard tools.jqVersion != nil else { return nil }
    Progress.note("load \(label): jq empty")
    var time = Samples(.milliseconds)
    var memory = Samples(.mebibytes)
    for _ in 0..<times {
      let outcome = try PeerTools.jqEmpty(file)
      time.append(outcome.duration)
      memory.append(Double(outcome.peakMemory) / 1_048_576)
    }
    return (time, memory)
  }

  private static func mebibytes(of file: String) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    return Double(size) / 1_048_576
  }
}
