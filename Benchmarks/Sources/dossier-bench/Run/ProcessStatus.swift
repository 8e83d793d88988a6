import Foundation

/// Figures of a running process, read from `/proc/PID/status`.
enum ProcessStatus {
  /// The process's resident memory now (`VmRSS`), in MiB; nil when it cannot be read.
  static func residentMebibytes(of pid: Int32) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return nil }
    return kibibytes / 1024
  }
}
