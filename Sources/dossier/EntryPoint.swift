import ArgumentParser
import CNcurses
import FoundationEssentials
import Glibc

/// Runs the command line, mapping usage errors to exit code 2 (ArgumentParser's default
/// is 64) so that scripts see 0 success, 1 problems found, 2 misuse.
///
/// `dossier` alone opens the browser on the bundled dossier without parsing: the parser
/// builds its argument sets by runtime reflection, a quarter of a launch's time.
@main
enum EntryPoint {
  static func main() {
    do {
      guard CommandLine.arguments.count > 1 else { return try BrowserOptions.browseBundled() }
      var command = try DossierCommand.parseAsRoot()
      try command.run()
      exitIfOutputLost()
    } catch {
      if DossierCommand.exitCode(for: error) == .validationFailure {
        let message = DossierCommand.fullMessage(for: error)
        StandardStream.write(message + "\n", to: STDERR_FILENO)
        exit(2)
      }
      DossierCommand.exit(withError: error)
    }
  }

  /// Output lost to a full disk or a closed pipe is a failure, not a success: the buffered
  /// standard output is written out, and when that (or any earlier write) failed the run
  /// ends with status 1 and a line saying why. A reader that went away (a closed pipe,
  /// when SIGPIPE is ignored) ends it quietly, as `head` users expect.
  private static func exitIfOutputLost() {
    let output = dossier_stdout()
    guard fflush(output) != 0 || ferror(output) != 0 else { return }
    let reason = errno
    if reason != EPIPE {
      StandardStream.write(
        "dossier: cannot write the output: \(String(cString: strerror(reason)))\n",
        to: STDERR_FILENO)
    }
    exit(1)
  }
}
