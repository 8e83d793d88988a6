import Foundation
import Glibc

/// The generated dossiers the benchmark reads, made once per size and seed and reused.
struct DataSets {
  var directory: String
  var seed: UInt64

  /// The file for a size and format: `dossier-100k-seed42.json`,
  /// `dossier-100k-seed42.ftm.json`.
  func path(for size: Int, format: String = "native") -> String {
    let suffix = format == "native" ? "" : "." + format
    return "\(directory)/dossier-\(SizeList.label(size))-seed\(seed)\(suffix).json"
  }

  /// Returns the file for `size` in `format` (native or ftm), generating it with
  /// `dossier-bench generate` when it is not there yet. The file appears under its name
  /// only once complete.
  func ensure(size: Int, format: String = "native") throws -> String {
    let target = path(for: size, format: format)
    if FileManager.default.fileExists(atPath: target) {
      Progress.note("reusing \(target)")
      return target
    }
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    let partial = target + ".partial"
    Progress.note("generating \(target)")
    let outcome = try Subprocess.run(
      BenchExecutable.path,
      [
        "generate", "--entities", String(size), "--seed", String(seed), "--format", format,
        "--output", partial,
      ],
      showErrors: true)
    guard outcome.succeeded, rename(partial, target) == 0 else {
      throw SpawnError(description: "dossier-bench generate failed for \(size) entities")
    }
    return target
  }
}

/// This benchmark's own executable, which it re-runs for `generate` and `measure-load`.
enum BenchExecutable {
  static var path: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }
}

/// Progress lines on standard error, so standard output holds only the report.
enum Progress {
  static func note(_ text: String) {
    FileHandle.standardError.write(Data(("· " + text + "\n").utf8))
  }
}
