import Foundation
import Testing

/// `dossier config`: the settings file's path and problems, and every default.
@Suite("config command")
struct ConfigCommandTests {
  @Test func printDefaultShowsEverySection() throws {
    let result = try runDossier("config", "--print-default")
    #expect(result.status == 0)
    #expect(result.stdout.contains("mouse = true"))
    #expect(result.stdout.contains("[colors]"))
    #expect(result.stdout.contains("[keys.lists]"))
    #expect(result.stdout.contains("moveUp = [\"Up\", \"k\"]"))
  }

  @Test func withoutAFileTheDefaultsAreUsed() throws {
    try withTemporaryDirectory { folder in
      let result = try runDossier(["config"], environment: ["XDG_CONFIG_HOME": folder.path])
      #expect(result.status == 0)
      #expect(result.stdout.contains("/dossier/config.toml: none"))
    }
  }

  @Test func problemsAreListedWhereTheyAreAndExit1() throws {
    try withTemporaryDirectory { folder in
      let settings = folder.appendingPathComponent("dossier")
      try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
      try writeFile("mouse = 3\n[keys.lists]\nquit = [\"Q\"]\n", named: "config.toml", in: settings)
      let bad = try runDossier(["config"], environment: ["XDG_CONFIG_HOME": folder.path])
      #expect(bad.status == 1)
      #expect(bad.stderr.hasSuffix("/dossier/config.toml:1:1: mouse must be true or false\n"))
      try writeFile("[keys.lists]\nquit = [\"Q\"]\n", named: "config.toml", in: settings)
      let good = try runDossier(["config"], environment: ["XDG_CONFIG_HOME": folder.path])
      #expect(good.status == 0)
      #expect(good.stdout.hasSuffix("/dossier/config.toml: ok\n"))
    }
  }
}
