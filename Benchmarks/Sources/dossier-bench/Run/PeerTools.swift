/// The peer programs measured beside dossier (`jq`, `fzf`, `grep`): whether each is
/// installed, its version, and how to time one run of it.
struct PeerTools {
  /// Peers search UTF-8 text the way a user's terminal would.
  static let environment = ["LC_ALL": "C.UTF-8"]

  var jqVersion: String?
  var fzfVersion: String?
  var grepVersion: String?

  /// Looks for each tool on `PATH` and asks its version.
  static func detect() -> PeerTools {
    PeerTools(
      jqVersion: version("jq", ["--version"]), fzfVersion: version("fzf", ["--version"]),
      grepVersion: version("grep", ["--version"]))
  }

  /// Times `jq empty FILE`, returning its duration and peak memory.
  static func jqEmpty(_ file: String) throws -> ProcessOutcome {
    try checked(Subprocess.run("jq", ["empty", file]), "jq empty")
  }

  /// Times `fzf --filter QUERY --exact` over the lines of `corpus`.
  static func fzf(_ query: String, corpus: String) throws -> ProcessOutcome {
    // fzf exits 1 when nothing matches: that is still a completed search.
    let outcome = try Subprocess.run(
      "fzf", ["--filter", query, "--exact"], input: corpus, output: .drain,
      environment: environment)
    return try checked(outcome, "fzf", allowNoMatch: true)
  }

  /// Times `grep -F -i QUERY` over `corpus`.
  static func grep(_ query: String, corpus: String) throws -> ProcessOutcome {
    let outcome = try Subprocess.run(
      "grep", ["-F", "-i", "--", query, corpus], output: .drain, environment: environment)
    return try checked(outcome, "grep", allowNoMatch: true)
  }

  /// How to install the missing tools, or nil when all are there.
  var installHint: String? {
    let missing = [("jq", jqVersion), ("fzf", fzfVersion)].filter { $0.1 == nil }.map(\.0)
    guard !missing.isEmpty else { return nil }
    return "missing: \(missing.joined(separator: ", ")); install with "
      + "`apt-get install -y \(missing.joined(separator: " "))`"
  }

  private static func version(_ tool: String, _ arguments: [String]) -> String? {
    guard Subprocess.isAvailable(tool),
      let outcome = try? Subprocess.run(tool, arguments, output: .capture), outcome.succeeded
    else { return nil }
    return outcome.outputText.split(separator: "\n").first.map(String.init)
  }

  private static func checked(
    _ outcome: ProcessOutcome, _ name: String, allowNoMatch: Bool = false
  ) throws -> ProcessOutcome {
    guard outcome.exitCode == 0 || (allowNoMatch && outcome.exitCode == 1) else {
      throw SpawnError(
        description: "\(name) failed (exit \(outcome.exitCode.map(String.init) ?? "signal"))")
    }
    return outcome
  }
}
