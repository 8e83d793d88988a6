import CursesTerminal
import DossierModel

/// One benchmark run: the steps in order, each adding rows and notes to the report.
struct BenchRun {
  struct Settings {
    var sizes: [Int]
    var seed: UInt64
    var dataDirectory: String
    var repetitions: Int
    var dossierBinary: String?
    var command: String
  }

  let settings: Settings
  var report: BenchReport
  let tools = PeerTools.detect()

  init(settings: Settings) {
    self.settings = settings
    report = BenchReport(machine: Machine.current(), command: settings.command)
  }

  /// Measures everything and returns the report.
  mutating func perform() throws -> BenchReport {
    let dataSets = DataSets(directory: settings.dataDirectory, seed: settings.seed)
    let files = try settings.sizes.map { try dataSets.ensure(size: $0) }
    try measureLoads(files: files)
    guard let largestFile = files.last, let largest = settings.sizes.last else { return report }
    Progress.note("loading \(largestFile) in this process")
    let dossier = try DossierLoader.load(.file(path: largestFile)).dossier
    let label = SizeList.label(largest)
    try measureSearch(dossier, file: largestFile, label: label)
    let terminal = try CursesTerminal(offscreenRows: 60, columns: 200)
    measureHub(dossier, terminal: terminal, label: label)
    measureRender(dossier, terminal: terminal, label: label)
    terminal.restore()
    try measureLaunch(largestFile: largestFile, largestTitle: dossier.title, label: label)
    try measureReopen(largestFile: largestFile, largestTitle: dossier.title, size: largest)
    report.sections.append(peerSection())
    return report
  }

  /// Targets that the issue sets for a million entities apply from that size up.
  static func isMillionScale(_ size: Int) -> Bool { size >= 1_000_000 }

  private func peerSection() -> String {
    var lines = [
      "## Peers", "",
      "- jq: \(tools.jqVersion ?? "not installed")",
      "- fzf: \(tools.fzfVersion ?? "not installed")",
      "- grep: \(tools.grepVersion ?? "not installed")",
      "- Peers run with LC_ALL=C.UTF-8; fzf and grep write their matches into a pipe that is read "
        + "and discarded (grep stops at the first match when writing to /dev/null). Each "
        + "timing runs from spawn to the reaped exit.",
    ]
    if let hint = tools.installHint { lines.append("- **\(hint)**") }
    return lines.joined(separator: "\n")
  }
}
