import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The first event of the bundled dossier's timeline, which every start shows.
let firstEvent = "Xi Jinping’s state visit"

/// Starts the browser in a 100×30 tmux session and waits for the timeline.
func startBrowser(
  _ arguments: String = "", width: Int = 100, height: Int = 30
) async throws -> TmuxSession {
  let dossier = try Tools.dossier()
  let session = try TmuxSession(
    command: reportingExit(shellQuoted(dossier) + arguments), width: width, height: height)
  do {
    try await session.waitFor(firstEvent)
  } catch {
    session.kill()
    throw error
  }
  return session
}

@Suite("Browser in a terminal (tmux)", .serialized)
struct BrowserTerminalTests {
  @Test("start shows the timeline; j moves the selection and the detail follows")
  func timelineMovesDetail() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    let start = try await session.waitUntil("the first event in the detail") {
      $0.detailTitle.hasPrefix(firstEvent) && $0.statusBar.contains("Timeline")
    }
    #expect(start.lines.first?.contains("1 Timeline") == true)

    try session.send("j")
    let second = try await session.waitUntil("the detail to change after j") {
      !$0.detailTitle.isEmpty && !$0.detailTitle.hasPrefix(firstEvent)
    }
    #expect(second.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive"))

    try session.send("j")
    try await session.waitUntil("the detail to change after a second j") {
      !$0.detailTitle.isEmpty && $0.detailTitle != second.detailTitle
    }

    try session.send("k", "k")
    try await session.waitUntil("k to come back to the first event") {
      $0.detailTitle.hasPrefix(firstEvent)
    }
  }

  @Test("search, follow links to an actor and one of its events, back twice, forward once")
  func searchFollowBackForward() async throws {
    let session = try await startBrowser()
    defer { session.kill() }

    try session.send("/")
    try await session.waitFor("Type to search")
    try session.type("hydro")
    try await session.waitFor("/hydro")
    try await session.waitFor("Turgusun hydropower plant")
    try session.send("Enter")
    try await session.waitUntil("Turgusun as the opened entity") {
      $0.detailTitle == "Turgusun hydropower plant" && $0.statusBar.contains("Result 1 of 2")
    }

    // The detail has the focus with its first link selected: partners → China.
    try session.send("Enter")
    let china = try await session.waitUntil("China's detail") {
      $0.detailTitle == "China" && $0.statusBar.contains("Turgusun hydrop… › China")
    }
    #expect(china.detailLines.contains { $0.hasPrefix("actor · country") })

    // China's links: led by Xi Jinping, location of Shaanxi, then the events it took part in.
    try session.send("j", "j", "Enter")
    let event = try await session.waitUntil("an event China took part in") { screen in
      screen.detailTitle != "China" && screen.detailLines.contains { $0.hasPrefix("event · ") }
        && screen.statusBar.contains("China–Kazakhstan permanent")
    }
    #expect(event.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive"))

    try session.send("BSpace")
    try await session.waitUntil("back to China") {
      $0.detailTitle == "China" && $0.statusBar.contains("Turgusun hydrop… › China")
        && !$0.statusBar.contains("permanent")
    }

    try session.send("BSpace")
    try await session.waitUntil("back to Turgusun") {
      $0.detailTitle == "Turgusun hydropower plant"
        && $0.statusBar.contains("Timeline › Turgusun hydropower plant")
        && !$0.statusBar.contains("› China")
    }

    try session.send("]")
    try await session.waitUntil("forward to China") {
      $0.detailTitle == "China" && $0.statusBar.contains("Turgusun hydrop… › China")
    }
  }

  @Test("n and Esc: cancelling a search keeps the place; n steps through results")
  func searchCancelAndNext() async throws {
    let session = try await startBrowser()
    defer { session.kill() }

    try session.send("/")
    try await session.waitFor("Type to search")
    try session.type("hydro")
    try await session.waitFor("/hydro")
    try session.send("Escape")
    try await session.waitUntil("the prompt to close and the timeline to return") {
      !$0.text.contains("/hydro") && $0.detailTitle.hasPrefix(firstEvent)
    }

    try session.send("/")
    try await session.waitFor("Type to search")
    try session.type("hydro")
    try await session.waitFor("2 results")
    try session.send("Enter")
    try await session.waitFor("Result 1 of 2")
    try session.send("n")
    try await session.waitUntil("the second result") {
      $0.detailTitle == "Zhanatas wind farm"
    }
    try session.send("N")
    try await session.waitUntil("back to the first result") {
      $0.detailTitle == "Turgusun hydropower plant"
    }
  }

  @Test("? shows help from its start, G scrolls to its end; any other key closes it")
  func help() async throws {
    let session = try await startBrowser()
    defer { session.kill() }

    try session.send("?")
    try await session.waitUntil("the help overlay") { screen in
      screen.text.contains("┌") && screen.text.contains("In a list and in the detail")
        && screen.text.contains("move up")
    }
    try session.send("G")
    try await session.waitUntil("the end of the help") {
      $0.text.contains("stop loading and quit") && $0.text.contains("┌")
    }

    try session.send("x")
    try await session.waitUntil("the help to close") {
      !$0.text.contains("┌") && $0.detailTitle.hasPrefix(firstEvent)
    }
    // The key that closed the help did nothing else: the program is still running.
    #expect(try session.capture().contains("EXITED") == false)
  }

  @Test("/ in the detail finds in its text: a count, n moves to the next match in its own colour")
  func findInTheDetail() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.send("Enter", "/")
    try session.type("kaz")
    let typing = try await session.waitUntil("the find prompt with a count") {
      $0.statusBar.hasPrefix("/kaz▏") && $0.statusBar.contains("matches")
    }
    #expect(!typing.statusBar.contains("result"), "not the entity search")
    try session.send("Enter", "n")
    try await session.waitUntil("the second match") { $0.statusBar.contains("Match 2 of") }
    let marked = Self.stylesRightBefore("Kaz", in: try session.captureStyled())
    let once = Set(marked.filter { style in marked.filter { $0 == style }.count == 1 })
    #expect(once.count == 1, "one match, the current one, in a style of its own: \(marked)")
    #expect(marked.count > 2, "the other matches are marked too")
    try session.send("Escape")
    try await session.waitUntil("Esc to clear the find") { !$0.statusBar.contains("Match") }
    let cleared = Self.stylesRightBefore("Kaz", in: try session.captureStyled())
    #expect(cleared.allSatisfy { !once.contains($0) }, "no current match left: \(cleared)")
  }

  /// The last escape sequence written right before each occurrence of `text` that has one
  /// (in colour, the background; in monochrome, the attributes).
  private static func stylesRightBefore(_ text: String, in styled: String) -> [String] {
    var styles: [String] = []
    var rest = styled[...]
    while let range = rest.range(of: text) {
      let before = rest[..<range.lowerBound]
      if before.hasSuffix("m"), let escape = before.range(of: "\u{1B}[", options: .backwards) {
        styles.append(String(before[escape.lowerBound...]))
      }
      rest = rest[range.upperBound...]
    }
    return styles
  }

  @Test("f filters the timeline to a type; the title bar says so; F clears it")
  func filterByType() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.send("f")
    try await session.waitFor("Filter · keeps 11 events")
    try session.send("Space")
    try await session.waitFor("Filter · keeps 3 events")
    try session.send("Enter")
    // The whole frame, status bar included: a capture can fall between two rows' writes.
    let filtered = try await session.waitUntil("the filtered timeline") {
      $0.lines.first?.contains("Filter: event: statement") == true
        && $0.statusBar.contains("Filter: 3 events")
    }
    #expect(!filtered.text.contains(firstEvent), "the first event is not a statement")
    try session.send("F")
    try await session.waitUntil("the filter to clear") {
      $0.text.contains(firstEvent) && $0.statusBar.contains("Filter cleared")
    }
  }

  @Test("y copies the selected id through tmux (OSC 52 with set-clipboard on)")
  func copyThroughTmux() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.run(["set-option", "-s", "set-clipboard", "on"])
    try session.send("y")
    try await session.waitUntil("the copy message") { $0.statusBar.contains("Copied the id") }
    let buffer = try session.run(["show-buffer"]).stdout
    #expect(buffer == "state-visit-2013")
  }

  @Test("dossier browse ID opens at the entity; an unknown ID exits 1 with the nearest ids")
  func browseAtAnEntity() async throws {
    let dossier = try Tools.dossier()
    let session = try TmuxSession(
      command: reportingExit(shellQuoted(dossier) + " browse kazakhstan"), width: 100, height: 30)
    defer { session.kill() }
    let screen = try await session.waitUntil("Kazakhstan's detail") {
      $0.detailTitle == "Kazakhstan"
    }
    #expect(screen.lines.first?.contains("2 Actors") == true)
    try session.send("Backspace")
    try await session.waitFor(firstEvent)

    let unknown = try TmuxSession(
      command: reportingExit(shellQuoted(dossier) + " browse kazakstan"), width: 100, height: 30)
    defer { unknown.kill() }
    let failed = try await unknown.waitUntil("the exit") { $0.exitStatus != nil }
    #expect(failed.exitStatus == 1)
    #expect(failed.text.contains("no entity with id \"kazakstan\"; did you mean \"kazakhstan\""))
  }

  @Test("the mouse: SGR reports asked for; a click on a tab, on a row, twice to open; the wheel")
  func mouse() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    let flags = try session.run([
      "display-message", "-p", "-t", session.target, "#{mouse_sgr_flag} #{mouse_standard_flag}",
    ]).stdout
    #expect(flags == "1 1\n", "the browser asks for button reports, SGR-encoded")
    try session.type("\u{1B}[<0;15;1M")
    try await session.waitUntil("the actors tab") { $0.detailTitle == "Fatima Tuz Zehra" }
    try session.type("\u{1B}[<0;5;4M")
    try await session.waitUntil("the clicked row") { $0.detailTitle == "Kassym-Jomart Tokayev" }
    try session.type("\u{1B}[<0;5;4M")
    try await session.waitUntil("the second click to open it") {
      $0.statusBar.contains("Kassym-Jomart Tokayev")
    }
    try session.type("\u{1B}[<65;60;10M")
    try await session.waitUntil("the wheel to scroll the detail") { $0.text.contains("▲") }
    try session.send("q")
    try await session.waitUntil("the exit") { $0.exitStatus == 0 }
    let after = try session.run([
      "display-message", "-p", "-t", session.target, "#{mouse_any_flag}",
    ]).stdout
    #expect(after == "0\n", "the mouse is given back on exit")
  }

  @Test("a button's release does nothing: a click on ? help opens the help and it stays")
  func aReleaseIsNoKey() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    let screen = try session.capture()
    let bar = try #require(
      screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last {
        !$0.isEmpty
      })
    let help = try #require(bar.firstRange(of: "? help"))
    let column = bar.distance(from: bar.startIndex, to: help.lowerBound) + 1
    try session.type("\u{1B}[<0;\(column);30M\u{1B}[<0;\(column);30m")
    try await session.waitFor("┌")
    try await Task.sleep(nanoseconds: 300_000_000)
    #expect(try session.capture().contains("┌"), "the release did not close the help")
  }

  @Test("Ctrl-Z gives the mouse back to the shell; fg takes it again")
  func suspendGivesTheMouseBack() async throws {
    let session = try TmuxSession(command: "bash --norc -i", width: 100, height: 30)
    defer { session.kill() }
    try session.type(shellQuoted(try Tools.dossier()))
    try session.send("Enter")
    try await session.waitFor(firstEvent)
    let flags = {
      try session.run(["display-message", "-p", "-t", session.target, "#{mouse_any_flag}"]).stdout
    }
    #expect(try flags() == "1\n")
    try session.send("C-z")
    try await session.waitFor("Stopped")
    #expect(try flags() == "0\n")
    try session.type("fg")
    try session.send("Enter")
    try await session.waitUntil("the browser back") { $0.text.contains("1 Timeline") }
    #expect(try flags() == "1\n")
    try session.send("q")
  }

  @Test("--no-mouse leaves the mouse to the terminal")
  func noMouse() async throws {
    let session = try await startBrowser(" --no-mouse")
    defer { session.kill() }
    let flags = try session.run([
      "display-message", "-p", "-t", session.target, "#{mouse_any_flag}",
    ]).stdout
    #expect(flags == "0\n")
  }

  @Test("F1 opens help too")
  func helpWithF1() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.send("F1")
    try await session.waitFor("┌")
    try session.send("x")
    try await session.waitUntil("the help to close") {
      !$0.text.contains("┌")
    }
  }

  @Test("resizing to 40×12 keeps a usable list; back to 100×30 restores layout and selection")
  func resize() async throws {
    let session = try await startBrowser()
    defer { session.kill() }

    try session.send("j")
    try await session.waitUntil("the second event selected") {
      $0.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive")
    }

    try session.resize(width: 40, height: 12)
    let small = try await session.waitUntil("a 40×12 layout with a list and its hints") { screen in
      screen.lines.count <= 13 && screen.lines.allSatisfy { $0.count <= 40 }
        && screen.text.contains("Timeline") && screen.text.contains("Xi Jinping")
        && screen.statusBar.contains("q quit")
    }
    #expect(small.lines.allSatisfy { $0.count <= 40 })

    // Still responsive while small.
    try session.send("C-l")
    try await session.waitFor("Timeline")

    try session.resize(width: 100, height: 30)
    try await session.waitUntil("the full layout with the selection kept") { screen in
      screen.lines.contains { $0.contains("│") }
        && screen.detailTitle.hasPrefix("China–Kazakhstan permanent comprehensive")
        && screen.text.contains("1 Timeline  2 Actors  3 Projects")
    }
  }

  @Test("q quits with status 0 and restores the terminal modes")
  func quit() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    try session.send("q")
    let screen = try await session.waitUntil("the exit report and stty output", all: true) {
      $0.exitStatus != nil && $0.text.contains("icanon")
    }
    #expect(screen.exitStatus == 0)
    expectSaneTerminal(screen)
  }

  @Test("SIGTERM ends the browser with status 143 and restores the terminal modes")
  func sigterm() async throws {
    let session = try await startBrowser()
    defer { session.kill() }
    #expect(Glibc.kill(try session.programPid(), SIGTERM) == 0)
    let screen = try await session.waitUntil("the exit report and stty output", all: true) {
      $0.exitStatus != nil && $0.text.contains("icanon")
    }
    #expect(screen.exitStatus == 143)
    expectSaneTerminal(screen)
  }

  @Test("Ctrl-C ends the browser as an interrupt (status 130) and restores the terminal modes")
  func controlC() async throws {
    let dossier = try Tools.dossier()
    // The shell traps INT so that it survives to report the status and the tty modes.
    let session = try TmuxSession(
      command: reportingExit(shellQuoted(dossier), trapInterrupt: true))
    defer { session.kill() }
    try await session.waitFor(firstEvent)
    try session.send("C-c")
    let screen = try await session.waitUntil("the exit report and stty output", all: true) {
      $0.exitStatus != nil && $0.text.contains("icanon")
    }
    #expect(screen.exitStatus == 130)
    expectSaneTerminal(screen)
  }

  @Test(
    "plain terminals and no colour still show a readable timeline",
    arguments: [
      ("NO_COLOR=1", ""), ("TERM=vt100", ""), ("", " --no-color"), ("", " browse --no-color"),
    ])
  func plainTerminals(environment: String, arguments: String) async throws {
    let dossier = try Tools.dossier()
    let command =
      (environment.isEmpty ? "" : "env \(environment) ") + shellQuoted(dossier) + arguments
    let session = try TmuxSession(command: reportingExit(command))
    defer { session.kill() }
    try await session.waitFor(firstEvent)
    try await session.waitUntil("the status bar") { $0.statusBar.contains("q quit") }
    try session.send("q")
    let screen = try await session.waitUntil("the exit report", all: true) { $0.exitStatus != nil }
    #expect(screen.exitStatus == 0)
  }

  @Test("an empty TERM is a clear error with status 2")
  func emptyTerm() async throws {
    let dossier = try Tools.dossier()
    let session = try TmuxSession(command: reportingExit("TERM= " + shellQuoted(dossier)))
    defer { session.kill() }
    let screen = try await session.waitUntil("the exit report", all: true) { $0.exitStatus != nil }
    #expect(screen.exitStatus == 2)
    #expect(screen.text.contains("TERM"))
    #expect(screen.text.contains("dossier:"))
  }
}

@Suite("Browser without a terminal")
struct BrowserWithoutTerminalTests {
  private func expectNotATerminalMessage(_ result: ProcessResult) {
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "expected one line, got:\n\(result.stderr)")
    #expect(result.stderr.contains("terminal"))
    #expect(result.stderr.contains("dossier list"))
  }

  @Test("stdin from /dev/null exits 2 with a one-line hint")
  func stdinNotATerminal() throws {
    let result = try runProcess(try Tools.dossier(), [])
    expectNotATerminalMessage(result)
    #expect(result.stdout.isEmpty)
  }

  @Test("stdout to a pipe exits 2 with a one-line hint", arguments: [[], ["browse"]])
  func stdoutNotATerminal(arguments: [String]) throws {
    let result = try runProcess(try Tools.dossier(), arguments)
    expectNotATerminalMessage(result)
    #expect(result.stdout.isEmpty, "nothing should be written to the pipe")
  }
}

@Suite("Browser with only stdin a terminal")
struct BrowserPipedOutputTests {
  @Test("`dossier | cat` from a terminal exits 2 with a hint and leaves the terminal sane")
  func pipedFromTerminal() async throws {
    let dossier = try Tools.dossier()
    let script =
      "{ \(shellQuoted(dossier)); echo \"EXITED $?\" >&2; } | cat; stty -a; sleep 30"
    let session = try TmuxSession(command: "sh -c " + shellQuoted(script))
    defer { session.kill() }
    let screen = try await session.waitUntil("the exit report", all: true) {
      $0.exitStatus != nil && $0.text.contains("icanon")
    }
    #expect(screen.exitStatus == 2)
    #expect(screen.text.contains("dossier list"))
    expectSaneTerminal(screen)
  }
}
