import DossierConfig
import FoundationEssentials
import Glibc

/// The user's settings file, read for the browser and for `dossier config`.
enum UserConfig {
  /// The settings in the file at `path` and its problems; the defaults when there is no
  /// such file (`exists` false) or it cannot be read (a problem says so).
  static func load(from path: String) -> (
    config: BrowserConfig, problems: [ConfigProblem], exists: Bool
  ) {
    guard access(path, F_OK) == 0 else { return (BrowserConfig(), [], false) }
    guard let data = FileManager.default.contents(atPath: path) else {
      let problem = ConfigProblem(
        path: path, line: 1, column: 1, message: "cannot be read; the defaults are used")
      return (BrowserConfig(), [problem], true)
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      let problem = ConfigProblem(
        path: path, line: 1, column: 1, message: "not UTF-8 text; the defaults are used")
      return (BrowserConfig(), [problem], true)
    }
    let (config, problems) = ConfigFile.read(text, path: path)
    return (config, problems, true)
  }

  /// The settings for the browser: the user's file, when there is one, and its first
  /// problem as a notice for the status bar.
  static func forBrowser() -> (config: BrowserConfig, notice: String?) {
    guard let path = ConfigFile.standardPath(environment: ProcessInfo.processInfo.environment)
    else { return (BrowserConfig(), nil) }
    let loaded = load(from: path)
    guard let first = loaded.problems.first else { return (loaded.config, nil) }
    // The pointer first, the file's name only: the status bar is short, and what is cut
    // off is the detail that `dossier config` gives in full.
    let count = loaded.problems.count
    let head = count == 1 ? "config.toml has a mistake" : "config.toml has \(count) mistakes"
    return (
      loaded.config,
      head + " (dossier config lists them): \(first.line):\(first.column): \(first.message)"
    )
  }
}
