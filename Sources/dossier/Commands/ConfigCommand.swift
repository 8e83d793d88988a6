import ArgumentParser
import DossierConfig
import DossierModel
import FoundationEssentials

/// `dossier config`: where the settings file is, whether it is right, and every default.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Check the browser's settings file, or print one with every default.",
    discussion: """
      The settings are read from $XDG_CONFIG_HOME/dossier/config.toml (or \\
      ~/.config/dossier/config.toml): the mouse, the colours of each style, and the keys \\
      of each context. Without options, prints the file's path and every problem in it \\
      as FILE:LINE:COLUMN: message (exit 1 when there is one); the browser then uses the \\
      defaults for what is wrong and says so, but always starts.
      """
  )

  @Flag(help: "Print a settings file with every setting at its default.")
  var printDefault = false

  func run() throws {
    if printDefault {
      print(ConfigFile.defaults, terminator: "")
      return
    }
    guard let path = ConfigFile.standardPath(environment: ProcessInfo.processInfo.environment)
    else {
      Output.error("dossier: no settings file: neither XDG_CONFIG_HOME nor HOME is set")
      throw ExitCode.failure
    }
    let loaded = UserConfig.load(from: path)
    guard loaded.exists else {
      print("\(path): none (the defaults are used; dossier config --print-default shows them)")
      return
    }
    guard loaded.problems.isEmpty else {
      for problem in loaded.problems { Output.error(SafeText.neutralized(problem.description)) }
      throw ExitCode.failure
    }
    print("\(path): ok")
  }
}
