import ArgumentParser
import Foundation

/// `dossier-bench run`: measures load, search, detail, render and launch times, with
/// `jq`, `fzf` and `grep` on the same files, and prints a Markdown table.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Measure loading, search, hub detail, rendering and launch, beside jq and fzf.",
    usage: """
      dossier-bench run [--sizes 10k,100k,1M] [--seed S] [--data-dir DIR] [--repetitions R]
                        [--output FILE.md] [--dossier-binary PATH]
      """,
    discussion: """
      Generates the dossiers it needs into the data folder (or reuses them), then measures \
      in this process and in child processes, and prints a Markdown table of medians and \
      95th percentiles with the targets of issue 4. Build it in release mode: \
      swift build -c release --package-path Benchmarks. The launch measurement needs the \
      release browser: swift build -c release --product dossier (in the root package, \
      or with --package-path Benchmarks, which puts it beside dossier-bench).
      """,
    subcommands: [MeasureLoadCommand.self]
  )

  @Option(help: "Dossier sizes, comma-separated: 1k, 10k, 100k, 1M or plain numbers.")
  var sizes = "10k,100k,1M"

  @Option(help: "The seed of the generated dossiers and of the picked queries.")
  var seed: UInt64 = 42

  @Option(help: "Where generated dossiers are kept and reused.")
  var dataDir = "/tmp/dossier-bench"

  @Option(help: "How many times each measurement is repeated (fewer for very slow loads).")
  var repetitions = 5

  @Option(help: "Also write the Markdown report to this file.")
  var output: String?

  @Option(help: "The release dossier binary (default: the nearest .build/release/dossier).")
  var dossierBinary: String?

  func validate() throws {
    guard SizeList.parse(sizes) != nil else {
      throw ValidationError("--sizes must be like 10k,100k,1M")
    }
    guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
  }

  func run() throws {
    let settings = BenchRun.Settings(
      sizes: Array(Set(SizeList.parse(sizes) ?? [])).sorted(), seed: seed,
      dataDirectory: dataDir, repetitions: repetitions,
      dossierBinary: LaunchBenchmark.findBinary(dossierBinary),
      command: (["dossier-bench"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
    if dossierBinary != nil, settings.dossierBinary == nil {
      throw ValidationError("--dossier-binary \(dossierBinary ?? ""): not an executable file")
    }
    var run = BenchRun(settings: settings)
    let markdown = try run.perform().markdown()
    if let output {
      try markdown.write(toFile: output, atomically: true, encoding: .utf8)
      Progress.note("wrote \(output)")
    }
    print(markdown)
  }
}
