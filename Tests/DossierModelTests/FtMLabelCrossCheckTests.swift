import Foundation
import Testing

@testable import DossierModel

/// Compares the labels the importer gives with those of the installed followthemoney
/// library (fails, not skips, when python3 or followthemoney is missing).
@Suite struct FtMLabelCrossCheckTests {
  /// Reads `{"schemata": [...], "properties": [[schema, key]], "qnames": [...], "edges":
  /// [...]}` and answers with FtM's labels for each.
  static let script = """
    import json, sys
    from followthemoney import model
    asked = json.load(sys.stdin)
    def edge(name):
        schema = model.get(name)
        return [schema.get(schema.edge_source).reverse.label,
                schema.get(schema.edge_target).reverse.label]
    def qname(name):
        prop = model.get_qname(name)
        return [prop.label, prop.reverse.label]
    json.dump({
        "schemata": {name: model.get(name).label for name in asked["schemata"]},
        "properties": [model.get(s).get(p).label for s, p in asked["properties"]],
        "qnames": {name: qname(name) for name in asked["qnames"]},
        "edges": {name: edge(name) for name in asked["edges"]},
    }, sys.stdout)
    """

  @Test(arguments: ["aleph-payments.ftm.json", "opensanctions.ijson"])
  func labelsMatchTheLibrary(fixture: String) throws {
    let bytes = try ftmFixture(fixture)
    let dossier = try loadFtM(bytes, fileName: fixture).dossier
    let schemaByID = try Self.schemaByID(bytes)
    var properties: [[String]] = []
    var ourLabels: [String] = []
    for entity in dossier.entities {
      let schema = try #require(schemaByID[entity.id])
      for property in entity.properties {
        properties.append([schema, property.key])
        ourLabels.append(property.label)
      }
    }
    for link in dossier.links where link.id != nil {
      for property in link.properties {
        properties.append([link.relation, property.key])
        ourLabels.append(property.label)
      }
    }
    let relations = dossier.content.relations
    let qnames = relations.keys.filter { $0.contains(":") }.sorted()
    let edges = relations.keys.filter { !$0.contains(":") }.sorted()
    let asked: [String: Any] = [
      "schemata": Array(Set(schemaByID.values)).sorted(), "properties": properties,
      "qnames": qnames, "edges": edges,
    ]
    let answer = try Self.askPython(JSONSerialization.data(withJSONObject: asked))
    let theirSchemata = try #require(answer["schemata"] as? [String: String])
    for entity in dossier.entities {
      #expect(entity.type == theirSchemata[schemaByID[entity.id] ?? ""], "type of \(entity.id)")
    }
    #expect(ourLabels == answer["properties"] as? [String])
    let theirRelations = try #require(answer["qnames"] as? [String: [String]])
      .merging(try #require(answer["edges"] as? [String: [String]])) { first, _ in first }
    #expect(!theirRelations.isEmpty)
    for (relation, labels) in theirRelations {
      #expect(relations[relation] == RelationLabels(outgoing: labels[0], incoming: labels[1]))
    }
  }

  /// Each record's schema, read from the fixture's lines.
  private static func schemaByID(_ bytes: [UInt8]) throws -> [String: String] {
    var result: [String: String] = [:]
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      result[try #require(object["id"] as? String)] = try #require(object["schema"] as? String)
    }
    return result
  }

  /// Runs the script with `input` on its standard input and decodes its answer.
  private static func askPython(_ input: Data) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 with followthemoney must be installed")
    return try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
  }
}
