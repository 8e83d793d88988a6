import Foundation
import Testing

/// The README's examples of opening other formats print what dossier prints.
@Suite struct ReadmeExampleTests {
  /// The lines the README shows after `$ dossier ARGUMENTS`, up to the next command or the
  /// end of the block.
  private func shownOutput(of arguments: String) throws -> [String] {
    let readme = try String(
      contentsOf: DossierBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    let command = "$ dossier " + arguments
    let start = try #require(
      lines.firstIndex { $0.hasPrefix(command) }, "README shows `\(command)`")
    return Array(
      lines[(start + 1)...].prefix { !$0.hasPrefix("$ ") && !$0.hasPrefix("```") })
  }

  private func expectREADMEShows(_ arguments: [String]) throws {
    let shown = try shownOutput(of: arguments.joined(separator: " "))
    let result = try runDossier(arguments)
    var printed = result.stdout.components(separatedBy: "\n")
    if printed.last == "" { printed.removeLast() }
    #expect(printed == shown, "\(result.transcript)")
  }

  @Test func showOfACompanyInAnFtMExport() throws {
    try expectREADMEShows(["show", "c-acme", "--data", "docs/examples/payments.ftm.json"])
  }

  @Test func checkOfAnFtMExportWithAWarning() throws {
    try expectREADMEShows(["check", "docs/examples/payments.ftm.json"])
  }
}
