import ArgumentParser
import DossierModel
import Foundation

/// `dossier-bench run measure-load FILE`: loads one dossier in a fresh process and prints
/// its `LoadReport` as JSON. The run command starts it once per repetition so that each
/// peak-memory figure belongs to one load alone.
struct MeasureLoadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure-load",
    abstract: "Load one dossier and print its load timings and peak memory as JSON.",
    shouldDisplay: false
  )

  @Argument(help: "The dossier file.")
  var file: String

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = try DossierLoader.load(.file(path: file))
    let (dossier, timings) = (loaded.dossier, loaded.timings)
    let total = clock.now - start
    let report = LoadReport(
      parse: timings.parse.milliseconds, validate: timings.validate.milliseconds,
      index: timings.index.milliseconds, total: total.milliseconds,
      peakMemory: PeakMemory.ofThisProcess() ?? 0, entities: dossier.entities.count)
    let json = try JSONEncoder().encode(report)
    FileHandle.standardOutput.write(json + Data("\n".utf8))
    withExtendedLifetime(dossier) {}
  }
}

/// The peak resident set size of this process, from `/proc/self/status`.
enum PeakMemory {
  /// `VmHWM` in bytes, or nil where `/proc` does not say.
  static func ofThisProcess() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kibibytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      return kibibytes.map { $0 * 1024 }
    }
    return nil
  }
}
