import Foundation

/// The machine a run was measured on.
struct Machine {
  var processors: Int
  var cpuModel: String
  var memory: String
  var system: String
  var loadAverage: String
  var date: String

  /// Reads `/proc` and `/etc/os-release`; unknown parts read "unknown".
  static func current() -> Machine {
    let cpuModel = field("model name", in: "/proc/cpuinfo", separator: ":") ?? "unknown"
    let memory =
      field("MemTotal", in: "/proc/meminfo", separator: ":")
      .flatMap { $0.split(separator: " ").first.flatMap { Double($0) } }
      .map { String(format: "%.1f GiB", $0 / 1_048_576) } ?? "unknown"
    let system =
      field("PRETTY_NAME", in: "/etc/os-release", separator: "=")?
      .trimmingCharacters(in: CharacterSet(charactersIn: "\"")) ?? "unknown"
    let loadAverage =
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
      .split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return Machine(
      processors: ProcessInfo.processInfo.activeProcessorCount, cpuModel: cpuModel,
      memory: memory, system: system, loadAverage: loadAverage,
      date: formatter.string(from: Date()))
  }

  /// The value of the first `name SEPARATOR value` line in a file.
  private static func field(_ name: String, in file: String, separator: Character) -> String? {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: separator, maxSplits: 1)
      if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
        return parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }
}
