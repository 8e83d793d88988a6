import Foundation
import Testing

/// `dossier export --format json|markdown [--output FILE]`, run as a built binary.
@Suite struct ExportCommandTests {
  let file: BundledFile

  init() throws {
    file = try BundledFile()
  }

  /// Exports the bundled dossier as JSON into `directory` and returns the file's path.
  private func exportBundled(into directory: URL) throws -> String {
    let path = directory.appendingPathComponent("exported.json").path
    let result = try runDossier("export", "--format", "json", "--output", path)
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stdout.isEmpty, "--output leaves stdout empty")
    return path
  }

  @Test func jsonRoundTripIsByteIdentical() throws {
    try withTemporaryDirectory { directory in
      let path = try exportBundled(into: directory)
      let first = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(!first.isEmpty)

      let again = try runDossier("export", "--format", "json", "--data", path)
      #expect(again.status == 0, "\(again.transcript)")
      #expect(again.stdoutData == first, "re-export differs from the first export")

      // And once more through a second file, in case stdout and --output differ.
      let second = directory.appendingPathComponent("second.json").path
      try runDossier("export", "--data", path, "--output", second)
      #expect(try Data(contentsOf: URL(fileURLWithPath: second)) == first)
    }
  }

  @Test func exportedFileHoldsTheBundledContent() throws {
    try withTemporaryDirectory { directory in
      let path = try exportBundled(into: directory)
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      let exported = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      #expect(exported["format"] as? String == "dossier")
      #expect(exported["version"] as? Int == 1)
      #expect(exported["title"] as? String == file.title)
      #expect(exported["description"] as? String == file.root["description"] as? String)

      // Entities, field by field (defaults such as "dateInferred": false may be left out).
      for kind in ["events", "actors", "projects"] {
        let out = exported[kind] as? [[String: Any]] ?? []
        let original = file.entities(kind)
        #expect(out.map(\.id) == original.map(\.id), "\(kind) order")
        for (left, right) in zip(out, original) {
          for key in Set(left.keys).union(right.keys) {
            if key == "dateInferred", left[key] == nil || right[key] == nil {
              #expect(((left[key] ?? right[key]) as? Bool) == false, "\(left.id).\(key)")
              continue
            }
            #expect(
              jsonEqual(left[key], right[key]),
              "\(left.id).\(key): \(String(describing: left[key]))")
          }
        }
      }
      // Links, all fields.
      let links = exported["links"] as? [[String: Any]] ?? []
      #expect(links.count == file.links.count)
      for (left, right) in zip(links, file.links) {
        #expect(jsonEqual(left, right), "\(left) vs \(right)")
      }
      // The source's text file is inlined verbatim.
      let sources = exported["sources"] as? [[String: Any]] ?? []
      let original = try #require(file.sources.first)
      let source = try #require(sources.first)
      #expect(sources.count == file.sources.count)
      #expect(source.id == original.id)
      #expect(source["textFile"] == nil)
      let textFile = try #require(original["textFile"] as? String)
      let text = try String(
        contentsOf: DossierBinary.packageRoot.appendingPathComponent("Resources/\(textFile)"),
        encoding: .utf8)
      #expect(source["text"] as? String == text)
    }
  }

  @Test func reloadedDossierListsAndShowsTheSame() throws {
    try withTemporaryDirectory { directory in
      let path = try exportBundled(into: directory)
      for kind in ["events", "actors", "projects"] {
        let bundled = try runDossier("list", kind, "--json")
        let reloaded = try runDossier("list", kind, "--json", "--data", path)
        #expect(reloaded.status == 0)
        #expect(reloaded.stdout == bundled.stdout, "list \(kind) --json differs")
        #expect(
          try runDossier("list", kind, "--data", path).stdout
            == (try runDossier("list", kind)).stdout)
      }
      for entity in file.allEntities {
        let bundled = try runDossier("show", entity.id, "--json")
        let reloaded = try runDossier("show", entity.id, "--json", "--data", path)
        #expect(bundled.status == 0)
        #expect(reloaded.stdout == bundled.stdout, "show \(entity.id) --json differs")
      }
      let bundledSearch = try runDossier("search", "kazakhstan", "--json")
      let reloadedSearch = try runDossier("search", "kazakhstan", "--json", "--data", path)
      #expect(reloadedSearch.stdout == bundledSearch.stdout)
      #expect(try runDossier("check", path).status == 0)
    }
  }

  @Test func jsonIsTheDefaultFormat() throws {
    let implicit = try runDossier("export")
    let explicit = try runDossier("export", "--format", "json")
    #expect(implicit.status == 0)
    #expect(implicit.stdout == explicit.stdout)
    #expect(implicit.stdout.hasSuffix("}\n"))
    #expect(try implicit.jsonObject()["title"] as? String == file.title)
  }

  @Test func markdownReport() throws {
    let result = try runDossier("export", "--format", "markdown")
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stderr.isEmpty)
    let lines = result.lines
    #expect(lines.first == "# " + file.title)
    for heading in ["## Timeline", "## Actors", "## Projects", "## Links", "## Sources"] {
      #expect(lines.contains(heading), "\(heading) missing")
    }
    let order = ["## Timeline", "## Actors", "## Projects", "## Links"].compactMap {
      lines.firstIndex(of: $0)
    }
    #expect(order == order.sorted(), "sections out of order")

    // Every entity gets a heading, events in timeline order.
    let headings = lines.filter { $0.hasPrefix("### ") }
    #expect(headings.count == file.allEntities.count)
    let eventNames = file.orderedIDs("events").compactMap { file.entity($0)?["name"] as? String }
    for (heading, name) in zip(headings, eventNames) {
      #expect(heading.hasSuffix(" — " + name), "\(heading)")
    }
    let undated = headings.prefix(eventNames.count).filter { $0.hasPrefix("### Undated — ") }
    #expect(undated.count == file.entities("events").filter { $0["date"] == nil }.count)

    // Quotes, as Markdown block quotes.
    let award = try #require(file.entity("golden-eagle-award-2022"))
    let quote = try #require((award["evidence"] as? [[String: Any]])?.first?["quote"] as? String)
    #expect(lines.contains("> “\(quote)”"), "quote missing in markdown")
    // One table row per link.
    let linkRows = lines.drop { $0 != "## Links" }.filter { $0.hasPrefix("| ") }
    #expect(linkRows.count == file.links.count + 1, "header plus one row per link")
  }

  @Test(arguments: ["json", "markdown"])
  func outputWritesAFile(format: String) throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("report.\(format)").path
      let toFile = try runDossier("export", "--format", format, "--output", path)
      #expect(toFile.status == 0, "\(toFile.transcript)")
      #expect(toFile.stdout.isEmpty)
      #expect(toFile.stderr.isEmpty)
      let written = try Data(contentsOf: URL(fileURLWithPath: path))
      let toStdout = try runDossier("export", "--format", format)
      #expect(written == toStdout.stdoutData)

      // -o is the short form, and an existing file is replaced.
      let short = try runDossier("export", "--format", format, "-o", path)
      #expect(short.status == 0)
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written)
    }
  }

  @Test func unwritableOutputFails() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("missing-folder/out.json").path
      let result = try runDossier("export", "--output", path)
      #expect(result.status == 1, "\(result.transcript)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("cannot write"), "\(result.transcript)")
      #expect(result.stderr.contains(path))
    }
  }

  @Test func aFullDiskFailsWithAMessage() throws {
    let result = try runBash(#"exec "$DOSSIER" export --format json > /dev/full"#)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stderr.contains("cannot write the export: No space left on device"),
      "\(result.stderr)")
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try runDossier("export", "--format", "xml")
    #expect(result.status == 2, "\(result.transcript)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("xml"))
  }

  @Test func hostileDossierMarkdownIsClean() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier("export", "--format", "markdown", "--data", path)
      // The notation's backslash is itself escaped for Markdown: "\\u{1B}" renders as
      // "\u{1B}".
      HostileDossier.expectNeutralized(result, visible: [#"\\u{1B}"#, #"\\u{9B}"#])
      #expect(result.stdout.contains("Crimson"))
      #expect(result.stdout.contains(#"\\u{202E}evil\\u{202C}"#))
    }
  }

  @Test func hostileDossierJSONExportIsEscapedAndLossless() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier("export", "--format", "json", "--data", path)
      HostileDossier.expectEscapedJSON(result)
      #expect(result.stdout.contains(#"\u009b"#))
      #expect(result.stdout.contains(#"\u202e"#))

      let exported = try writeFile(result.stdout, named: "exported.json", in: directory)
      let again = try runDossier("export", "--format", "json", "--data", exported)
      #expect(again.stdout == result.stdout)
      let original = try #require(
        try JSONSerialization.jsonObject(with: Data(HostileDossier.json.utf8)) as? [String: Any])
      let reparsed = try result.jsonObject()
      for key in ["title", "description", "events", "actors", "projects", "links"] {
        #expect(jsonEqual(reparsed[key], original[key]), "\(key) changed on export")
      }
    }
  }
}
