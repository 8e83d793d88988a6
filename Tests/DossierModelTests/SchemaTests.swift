import DossierModel
import Foundation
import Testing

/// Checks that docs/dossier.schema.json, docs/FORMAT.md and the loader agree.
///
/// The schema is applied with Python's `jsonschema` package (draft 2020-12), the validator
/// editors and CI tools commonly use; without it these tests fail rather than skip.
@Suite struct SchemaTests {
  @Test func bundledDossierMatchesSchema() throws {
    let dossier = try String(
      contentsOf: repositoryFile("Resources/china-kazakhstan-bri.json"), encoding: .utf8)
    #expect(try schemaErrors(in: dossier) == [])
  }

  @Test func formatGuideExampleMatchesSchemaAndLoads() throws {
    let example = try formatGuideExample()
    #expect(try schemaErrors(in: example) == [])

    let dossier = try DossierLoader.load(.bytes(Array(example.utf8), fileName: "FORMAT.md")).dossier
    #expect(dossier.count(of: .event) == 2)
    #expect(dossier.count(of: .actor) == 2)
    #expect(dossier.count(of: .project) == 1)
    #expect(dossier.links.count == 4)
    #expect(dossier.sources.count == 1)
    #expect(dossier.sources.allSatisfy { $0.text != nil }, "quotes must be checked against a text")
    #expect(dossier.entity(id: "harbor-power")?.properties.map(\.type) == [.identifier, .url])
    #expect(dossier.links.contains { $0.id != nil && !$0.properties.isEmpty })
    #expect(!dossier.content.relations.isEmpty)
  }

  @Test(arguments: BrokenVariant.all)
  func schemaAndLoaderRejectBrokenExample(_ variant: BrokenVariant) throws {
    let example = try formatGuideExample()
    #expect(example.components(separatedBy: variant.original).count == 2)
    let broken = example.replacingOccurrences(of: variant.original, with: variant.replacement)

    let errors = try schemaErrors(in: broken)
    #expect(errors.count == 1)
    #expect(errors.allSatisfy { $0.contains(variant.expectedError) }, "\(errors)")
    #expect(throws: DossierLoadError.self) {
      try DossierLoader.load(.bytes(Array(broken.utf8), fileName: "broken.json"))
    }
  }

  /// One mistake made in the FORMAT.md example by replacing a unique piece of its text.
  struct BrokenVariant: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let original: String
    let replacement: String
    /// Part of the schema validator's message for this mistake.
    let expectedError: String

    static let all = [
      BrokenVariant(
        testDescription: "missing name", original: "\"name\": \"Eastland\",", replacement: "",
        expectedError: "'name' is a required property"),
      BrokenVariant(
        testDescription: "number for a string", original: "\"name\": \"Harbor Power\"",
        replacement: "\"name\": 42", expectedError: "42 is not of type 'string'"),
      BrokenVariant(
        testDescription: "unknown field", original: "\"summary\": \"The government",
        replacement: "\"sumary\": \"The government",
        expectedError: "Additional properties are not allowed ('sumary' was unexpected)"),
      BrokenVariant(
        testDescription: "property values not an array",
        original: "\"values\": [\"HP-2004-117\"]", replacement: "\"values\": \"HP-2004-117\"",
        expectedError: "'HP-2004-117' is not of type 'array'"),
      BrokenVariant(
        testDescription: "property without values",
        original: "\"values\": [\"twenty years\"] }\n      ],\n      \"evidence\"",
        replacement: "\"values\": [] }\n      ],\n      \"evidence\"",
        expectedError: "[] should be non-empty"),
      BrokenVariant(
        testDescription: "capitalised property type", original: "\"type\": \"identifier\"",
        replacement: "\"type\": \"Identifier\"", expectedError: "'Identifier' does not match"),
      BrokenVariant(
        testDescription: "relation without incoming label",
        original: ", \"incoming\": \"operates\"", replacement: "",
        expectedError: "'incoming' is a required property"),
    ]
  }
}

/// A reason the schema tests cannot run, with what to do about it.
private struct SchemaTestError: Error, CustomStringConvertible {
  let description: String
}

/// Prints one line per schema violation: `PATH: MESSAGE`. Exits 3 without `jsonschema`.
private let validatorScript = """
  import json, sys
  try:
      from jsonschema import Draft202012Validator
  except ImportError:
      sys.exit(3)
  schema = json.load(open(sys.argv[1], encoding="utf-8"))
  Draft202012Validator.check_schema(schema)
  document = json.load(open(sys.argv[2], encoding="utf-8"))
  for error in Draft202012Validator(schema).iter_errors(document):
      print("/".join(map(str, error.absolute_path)) + ": " + error.message)
  """

/// The schema's complaints about `document`; empty when it is valid.
private func schemaErrors(in document: String) throws -> [String] {
  let documentFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("schema-test-\(UUID().uuidString).json")
  try document.write(to: documentFile, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: documentFile) }

  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [
    "python3", "-c", validatorScript, repositoryFile("docs/dossier.schema.json").path,
    documentFile.path,
  ]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = output
  try process.run()
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()

  switch process.terminationStatus {
  case 0:
    return text.split(separator: "\n").map(String.init)
  case 3, 127:  // no jsonschema module; /usr/bin/env found no python3
    throw SchemaTestError(
      description: "The schema tests need python3 with the jsonschema package: "
        + "run `pip install jsonschema`. \(text)")
  default:
    throw SchemaTestError(description: "The schema validator failed:\n\(text)")
  }
}

/// The first ```json block of docs/FORMAT.md: the guide's complete example dossier.
private func formatGuideExample() throws -> String {
  let guide = try String(contentsOf: repositoryFile("docs/FORMAT.md"), encoding: .utf8)
  guard let open = guide.range(of: "```json\n"),
    let close = guide.range(of: "\n```", range: open.upperBound..<guide.endIndex)
  else {
    throw SchemaTestError(description: "docs/FORMAT.md has no ```json block")
  }
  return String(guide[open.upperBound..<close.lowerBound])
}
