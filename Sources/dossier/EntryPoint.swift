import ArgumentParser
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
    } catch {
      if DossierCommand.exitCode(for: error) == .validationFailure {
        let message = DossierCommand.fullMessage(for: error)
        StandardStream.write(message + "\n", to: STDERR_FILENO)
        exit(2)
      }
      DossierCommand.exit(withError: error)
    }
  }
}
