import Foundation
import Testing

/// The root `dossier` command: no arguments, `--help`, usage errors and `--data`, run as a
/// built binary.
@Suite struct DossierCommandTests {
  static let subcommands = ["browse", "list", "show", "search", "check", "export"]

  /// A dossier with a JSON syntax error: the first actor lacks its closing brace, which
  /// shows at the "]" on line 7, column 3.
  static let brokenDossier = """
    {
      "format": "dossier",
      "version": 1,
      "title": "Broken",
      "actors": [
        {"id": "xi-jinping", "name": "Xi Jinping", "type": "person"
      ]
    }
    """

  @Test func versionPrintsTheVersionAndExitsZero() throws {
    let result = try runDossier("--version")
    #expect(result.status == 0, "\(result.transcript)")
    let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(version.split(separator: ".").count == 3, "\(result.transcript)")
    #expect(version.split(separator: ".").allSatisfy { Int($0) != nil }, "\(result.transcript)")
    #expect(result.stderr.isEmpty)
  }

  @Test func noArgumentsFinishesWithOutput() throws {
    // Without a terminal this prints an overview today (exit 0); once it opens a browser
    // on a terminal, it will refuse without one (exit 2). Either way it must not hang.
    let result = try runDossier([], timeout: 30)
    #expect([0, 2].contains(result.status), "\(result.transcript)")
    #expect(!result.killedBySignal)
    #expect(!(result.stdout.isEmpty && result.stderr.isEmpty), "no output at all")
    if result.status == 0 {
      #expect(result.stdout.contains(try BundledFile().title), "\(result.transcript)")
    }
  }

  @Test func noArgumentsWithStdinDataFinishes() throws {
    let result = try runDossier([], stdin: Data("list events\n".utf8), timeout: 30)
    #expect([0, 2].contains(result.status), "\(result.transcript)")
    #expect(!(result.stdout.isEmpty && result.stderr.isEmpty))
  }

  @Test func rootHelpListsEverySubcommand() throws {
    let result = try runDossier("--help")
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stdout.contains("Explore a dossier"), "\(result.transcript)")
    for name in Self.subcommands {
      #expect(result.stdout.contains(name), "\(name) missing from --help")
    }
    #expect(result.stdout.contains("--data"))
  }

  @Test(arguments: [
    ("list", "List the events"),
    ("show", "Show one entity"),
    ("search", "Search names, aliases, properties, summaries and quotes"),
    ("check", "Validate dossier files"),
    ("export", "Markdown"),
    ("browse", "terminal browser"),
  ])
  func subcommandHelp(name: String, purpose: String) throws {
    for arguments in [[name, "--help"], [name, "-h"], ["help", name]] {
      let result = try runDossier(arguments)
      #expect(result.status == 0, "\(result.transcript)")
      let text = collapsingWhitespace(result.stdout)
      #expect(text.contains(purpose), "purpose missing from \(result.transcript)")
      #expect(text.contains("USAGE: dossier \(name)"), "\(result.transcript)")
      #expect(text.contains("--data"), "every subcommand takes --data")
    }
  }

  @Test(arguments: [
    ["frobnicate"],
    ["--frobnicate"],
    ["lsit", "events"],
    ["list", "events", "--frobnicate"],
    ["show", "kazakhstan", "--frobnicate"],
    ["search", "golden", "--frobnicate"],
    ["check", "--frobnicate"],
    ["export", "--frobnicate"],
    ["export", "--format"],
    ["list", "events", "--data"],
  ])
  func unknownSubcommandOrOptionExitsTwo(arguments: [String]) throws {
    let result = try runDossier(arguments)
    #expect(result.status == 2, "\(result.transcript)")
    #expect(result.stdout.isEmpty, "\(result.transcript)")
    #expect(result.stderr.contains("Error:"), "\(result.transcript)")
    #expect(result.stderr.contains("Usage: dossier"), "\(result.transcript)")
  }

  @Test(arguments: [
    ["list", "events"],
    ["list", "actors", "--json"],
    ["show", "kazakhstan"],
    ["search", "golden"],
    ["export", "--format", "markdown"],
    ["check"],
  ])
  func brokenDataFileExitsOneWithItsPosition(arguments: [String]) throws {
    try withTemporaryDirectory { directory in
      let path = try writeFile(Self.brokenDossier, named: "broken.json", in: directory)
      for placed in [arguments + ["--data", path], ["--data", path] + arguments] {
        let result = try runDossier(placed)
        #expect(result.status == 1, "\(result.transcript)")
        if arguments != ["check"] {
          #expect(result.stdout.isEmpty, "\(result.transcript)")
          #expect(result.stderr.hasPrefix("\(path):7:3: "), "\(result.transcript)")
        } else {
          #expect(result.output.contains("\(path):7:3: "), "\(result.transcript)")
        }
      }
    }
  }

  @Test func missingDataFileExitsOne() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("absent.json").path
      for arguments in [["list", "events"], ["show", "kazakhstan"], ["export"]] {
        let result = try runDossier(arguments + ["--data", path])
        #expect(result.status == 1, "\(result.transcript)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(path): no such file"), "\(result.transcript)")
      }
    }
  }

  @Test func dataBeforeTheSubcommandIsUsed() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier("--data", path, "list", "actors", "--json")
      #expect(result.status == 0, "\(result.transcript)")
      #expect(try result.jsonObjects().map(\.id) == [HostileDossier.actorID])
    }
  }

  @Test func loadProblemsOnStderrAreNeutralized() throws {
    // A validation message that quotes a value from the file (here an unknown link
    // target holding an OSC sequence) must not reach the terminal raw. `check` prints it
    // neutralised; the load failure of `--data` prints it verbatim.
    try withTemporaryDirectory { directory in
      let text = """
        {
          "format": "dossier",
          "version": 1,
          "title": "Bad link",
          "actors": [{"id": "a", "name": "A", "type": "t"}],
          "links": [{"from": "a", "to": "x\\u001b]0;pwned\\u0007", "relation": "r"}]
        }
        """
      let path = try writeFile(text, named: "escape.json", in: directory)
      let check = try runDossier("check", path)
      #expect(check.status == 1)
      #expect(rawControlScalars(in: check.output).isEmpty, "\(check.transcript)")

      let list = try runDossier("list", "actors", "--data", path)
      #expect(list.status == 1)
      #expect(list.stderr.contains("\(path):6:"), "\(list.transcript)")
      let raw = rawControlScalars(in: list.stderr).map { "U+" + String($0.value, radix: 16) }
      #expect(raw.isEmpty, "raw \(raw) on stderr: \(list.transcript)")
    }
  }

  @Test func noSubcommandWithHostileDataFinishesCleanly() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier(["--data", path], timeout: 30)
      #expect([0, 2].contains(result.status), "\(result.transcript)")
      #expect(rawControlScalars(in: result.output).isEmpty, "\(result.transcript)")
    }
  }

  @Test func browseRefusesWithoutATerminal() throws {
    // stdin is /dev/null in every case, so the browser must never start.
    for stdout in [StdoutKind.pipe, .terminal(columns: 80)] {
      let result = try runDossier(["browse"], stdout: stdout, timeout: 30)
      #expect(result.status == 2, "\(result.transcript)")
      #expect(result.stderr.contains("terminal"), "\(result.transcript)")
      #expect(result.stderr.contains("dossier list"), "points scripts elsewhere")
    }
  }

  @Test func noColorOptionIsHonouredWhereverItIsAccepted() throws {
    // `--no-color` works before the subcommand and after it, even on a terminal.
    for arguments in [["--no-color", "search", "golden"], ["search", "golden", "--no-color"]] {
      let result = try runDossier(arguments, stdout: .terminal(columns: 120))
      #expect(result.status == 0, "\(result.transcript)")
      let coloured = result.stdout.contains("\u{1B}")
      #expect(!coloured, "colour despite --no-color: \(result.transcript)")
    }
  }
}
