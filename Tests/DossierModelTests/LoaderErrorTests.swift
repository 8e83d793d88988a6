import Synchronization
import Testing

@testable import DossierModel

/// Every kind of bad input, with the exact message and position the loader reports.
@Suite struct MalformedJSONTests {
  @Test func missingBraceInTheMiddle() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {"id": "a", "name": "A", "type": "x"
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:7:3: unexpected character ']': expected ',' or '}' in the object"
      ])
  }

  @Test func missingBraceAtTheEnd() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": []

      """
    #expect(loadProblems(json) == ["test.json:1:1: unclosed object: missing '}' for the '{' here"])
  }

  @Test func missingBracket() {
    let json = """
      {
        "format": "dossier",
        "events": [
          {"id": "a"},
        "title": "T"
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:5:10: unexpected character ':': expected ',' or ']' in the array"
      ])
  }

  @Test func unclosedArrayAtTheEnd() {
    let json = """
      {
        "format": "dossier",
        "events": [
          {"id": "a"}
      """
    #expect(loadProblems(json) == ["test.json:3:13: unclosed array: missing ']' for the '[' here"])
  }

  @Test func trailingCommaInObject() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
      }
      """
    #expect(loadProblems(json) == ["test.json:5:1: trailing comma before '}'"])
  }

  @Test func trailingCommaInArray() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {"id": "a", "name": "A", "type": "x"},
        ]
      }
      """
    #expect(loadProblems(json) == ["test.json:7:3: trailing comma before ']'"])
  }

  @Test func unterminatedStringAtLineEnd() {
    let json = """
      {
        "format": "dossier",
        "title": "T,
        "version": 1
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:3:15: unterminated string: line break inside a string (write \\n)"
      ])
  }

  @Test func unterminatedStringAtFileEnd() {
    let json = """
      {
        "format": "dossier",
        "title": "T
      """
    #expect(loadProblems(json) == ["test.json:3:12: unterminated string: missing closing '\"'"])
  }

  @Test func invalidEscape() {
    let json = #"""
      {
        "format": "dossier",
        "title": "C:\dossiers",
        "version": 1
      }
      """#
    #expect(loadProblems(json) == ["test.json:3:15: invalid escape sequence '\\d'"])
  }

  @Test func invalidUTF8() {
    let bytes =
      Array("{\n  \"format\": \"dossier\",\n  \"version\": 1,\n  \"title\": \"Zhanat".utf8)
      + [0xE1, 0x73] + Array("\"\n}\n".utf8)
    #expect(loadProblems(bytes: bytes) == ["test.json:4:13: string is not valid UTF-8"])
  }

  @Test func strayByteOutsideStrings() {
    let bytes =
      Array("{\n  \"format\": \"dossier\",\n  \"version\": ".utf8) + [0xFF] + Array("1\n}".utf8)
    #expect(
      loadProblems(bytes: bytes) == ["test.json:3:14: unexpected byte 0xFF: expected a value"])
  }

  @Test func nestingTooDeep() {
    let json =
      "{\n  \"format\": \"dossier\",\n  \"version\": 1,\n  \"title\": "
      + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n}\n"
    // The top-level object is level 1, so the 256th '[' (column 11 + 256) is level 257.
    #expect(loadProblems(json) == ["test.json:4:267: nesting deeper than 256 levels"])
  }

  @Test func emptyFile() {
    #expect(loadProblems("") == ["test.json:1:1: the file is empty: expected a JSON object"])
    #expect(loadProblems("\n  \n") == ["test.json:3:1: the file is empty: expected a JSON object"])
  }

  @Test func textAfterTheDocument() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T"
      }
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:6:1: unexpected character '}' after the end of the JSON document"
      ])
  }
}

@Suite struct FormatAndVersionTests {
  @Test func notAnObject() {
    #expect(
      loadProblems("\n[1, 2]") == ["test.json:2:1: dossier: expected an object, found an array"])
    #expect(
      loadProblems("\"dossier\"") == ["test.json:1:1: dossier: expected an object, found a string"])
  }

  @Test func wrongFormat() {
    let json = """
      {
        "format": "dosier",
        "version": 1,
        "title": "T"
      }
      """
    #expect(
      loadProblems(json) == [#"test.json:2:13: dossier.format: expected "dossier", found "dosier""#]
    )
  }

  @Test func wrongFormatStopsFurtherChecks() {
    // A file in another format gets one clear message, not a flood about its fields.
    let json = """
      {
        "format": "geojson",
        "type": "FeatureCollection",
        "features": []
      }
      """
    let problems = loadProblems(json)
    #expect(
      problems.contains(#"test.json:2:13: dossier.format: expected "dossier", found "geojson""#))
    #expect(!problems.contains { $0.contains("missing required field") })
  }

  @Test func missingFormat() {
    let json = """
      {
        "version": 1,
        "title": "T"
      }
      """
    #expect(loadProblems(json) == [#"test.json:1:1: dossier: missing required field "format""#])
  }

  @Test func formatOfTheWrongType() {
    let json = """
      {
        "format": 1,
        "version": 1,
        "title": "T"
      }
      """
    #expect(
      loadProblems(json) == ["test.json:2:13: dossier.format: expected a string, found a number"])
  }

  /// Other versions are unsupported; the format says the version is the number 1, written
  /// so (1.0 and 1e0 were taken).
  @Test(arguments: [
    ("2", "unsupported version 2; this dossier reads version 1"),
    ("0", "unsupported version 0; this dossier reads version 1"),
    ("1.5", "unsupported version 1.5; this dossier reads version 1"),
    ("-1", "unsupported version -1; this dossier reads version 1"),
    ("1.0", "write the version as 1, not 1.0"), ("1e0", "write the version as 1, not 1e0"),
    ("10e-1", "write the version as 1, not 10e-1"), ("1E0", "write the version as 1, not 1E0"),
  ])
  func versionOtherThanOne(_ version: String, _ message: String) {
    let json = """
      {
        "format": "dossier",
        "version": \(version),
        "title": "T"
      }
      """
    #expect(loadProblems(json) == ["test.json:3:14: dossier.version: " + message])
  }

  @Test func missingVersion() {
    let json = """
      {
        "format": "dossier",
        "title": "T"
      }
      """
    #expect(loadProblems(json) == [#"test.json:1:1: dossier: missing required field "version""#])
  }
}

@Suite struct FieldProblemTests {
  @Test func missingFields() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "events": [
          {
            "id": "a",
            "type": "x"
          }
        ],
        "links": [
          {"from": "a", "relation": "r"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:1:1: dossier: missing required field "title""#,
        #"test.json:5:5: events[0]: missing required field "name""#,
        #"test.json:11:5: links[0]: missing required field "to""#,
      ])
  }

  @Test func emptyRequiredStrings() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "  ",
        "actors": [
          {"id": "", "name": "A", "type": "x"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:4:12: dossier.title: must not be empty",
        "test.json:6:12: actors[0].id: must not be empty",
      ])
  }

  @Test func wronglyTypedFields() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {
            "id": "a",
            "name": 42,
            "type": "x",
            "aliases": "A",
            "dateInferred": "yes",
            "summary": ["s"]
          }
        ],
        "actors": {},
        "projects": [
          "p",
          {"id": "b", "name": "B", "type": "x", "aliases": ["ok", null]}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:8:15: events[0].name: expected a string, found a number",
        "test.json:10:18: events[0].aliases: expected an array, found a string",
        "test.json:11:23: events[0].dateInferred: expected true or false, found a string",
        "test.json:12:18: events[0].summary: expected a string, found an array",
        "test.json:15:13: dossier.actors: expected an array, found an object",
        "test.json:17:5: projects[0]: expected an object, found a string",
        "test.json:18:61: projects[1].aliases[1]: expected a string, found null",
      ])
  }

  @Test func wronglyTypedLinkAndEvidenceFields() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "sources": [{"id": "s", "title": "S"}],
        "actors": [
          {"id": "a", "name": "A", "type": "x", "evidence": [{"source": "s", "quote": 1}, 2]}
        ],
        "links": [
          {"from": "a", "to": "a", "relation": true, "role": 3, "evidence": {}}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        "test.json:7:81: actors[0].evidence[0].quote: expected a string, found a number",
        "test.json:7:85: actors[0].evidence[1]: expected an object, found a number",
        "test.json:10:42: links[0].relation: expected a string, found a boolean",
        "test.json:10:56: links[0].role: expected a string, found a number",
        "test.json:10:71: links[0].evidence: expected an array, found an object",
      ])
  }

  @Test func evidenceMissingBothFields() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "actors": [
          {"id": "a", "name": "A", "type": "x", "evidence": [{"note": "n"}]}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:6:56: actors[0].evidence[0]: missing required field "source""#,
        #"test.json:6:56: actors[0].evidence[0]: missing required field "quote""#,
      ])
  }

  @Test func unknownFieldsWithSuggestions() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "titel": "T",
        "events": [
          {
            "id": "a",
            "name": "A",
            "type": "x",
            "summry": "s",
            "colour": "red"
          }
        ],
        "links": [
          {"from": "a", "to": "a", "relation": "r", "rol": "host"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:1:1: dossier: missing required field "title""#,
        #"test.json:4:3: dossier: unknown field "titel"; did you mean "title"?"#,
        #"test.json:10:7: events[0]: unknown field "summry"; did you mean "summary"?"#,
        #"test.json:11:7: events[0]: unknown field "colour""#,
        #"test.json:15:47: links[0]: unknown field "rol"; did you mean "role"?"#,
      ])
  }

  @Test func actorsAndProjectsHaveNoDates() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "actors": [{"id": "a", "name": "A", "type": "x", "date": "2020"}],
        "projects": [
          {"id": "p", "name": "P", "type": "x", "dateInferred": false}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:5:52: actors[0]: unknown field "date"; only events have a date"#,
        #"test.json:7:43: projects[0]: unknown field "dateInferred"; only events have a date"#,
      ])
  }

  @Test func misspelledDateFieldsOfAnEventGetASuggestion() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {"id": "a", "name": "A", "type": "x", "date": "2020", "dateInfered": true}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:6:59: events[0]: unknown field "dateInfered"; did you mean "dateInferred"?"#
      ])
  }

  @Test func duplicateKey() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {
            "id": "a",
            "name": "A",
            "name": "B",
            "type": "x"
          }
        ]
      }
      """
    #expect(loadProblems(json) == [#"test.json:9:7: events[0]: duplicate field "name""#])
  }

  @Test func duplicateTopLevelKey() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "title": "U"
      }
      """
    #expect(loadProblems(json) == [#"test.json:5:3: dossier: duplicate field "title""#])
  }
}

@Suite struct IdentifierProblemTests {
  @Test func duplicateEntityID() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {"id": "visit", "name": "A", "type": "x"},
          {"id": "visit", "name": "B", "type": "x"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:7:12: events[1].id: duplicate entity id "visit" (first defined at line 6, column 12)"#
      ])
  }

  @Test func duplicateIDAcrossKindsNamesTheEarlierDefinition() {
    // Actors come before events in this file: the event is the duplicate.
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "actors": [
          {"id": "china", "name": "China", "type": "country"}
        ],
        "events": [
          {"id": "china", "name": "B", "type": "x"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:9:12: events[0].id: duplicate entity id "china" (first defined at line 6, column 12)"#
      ])
  }

  @Test func duplicateSourceID() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "sources": [
          {"id": "report", "title": "A"},
          {"id": "report", "title": "B"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:7:12: sources[1].id: duplicate source id "report" (first defined at line 6, column 12)"#
      ])
  }

  @Test func invalidID() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "actors": [
          {"id": "Xi Jinping", "name": "Xi Jinping", "type": "person"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:6:12: actors[0].id: invalid id "Xi Jinping": use ASCII letters and digits joined by '-', '_', '.' or ':' (e.g. "xi-jinping")"#
      ])
  }

  @Test(arguments: [
    "a", "xi-jinping", "a.b_c-1", "2013", "state-visit-2013", "A", "NK-2sT8xKq", "Q7747",
    "12.ab3f", "ofac:1234", "a--b", "a-.b", "a::b", "gb__coh",
  ])
  func validIDs(_ id: String) {
    #expect(DossierFormat.isValidID(id))
  }

  @Test(arguments: [
    "", "-a", "a-", "a b", "é", "a/b", "a\u{0}", ".", "ａ", ":a", "a]b", " ", "_", "a_",
  ])
  func invalidIDs(_ id: String) {
    #expect(!DossierFormat.isValidID(id))
  }
}

@Suite struct ReferenceProblemTests {
  /// A link left out for another problem whose end names an entity read later: only the
  /// problem is reported (the end has no place to be resolved to).
  @Test(arguments: [
    (#"{"from": "a", "to": "a"}"#, #"links[0]: missing required field "relation""#),
    (#"{"from": 5, "to": "a", "relation": "r"}"#, "links[0].from: expected a string"),
    (
      #"{"from": "a", "to": "a"}, {"from": "a", "to": "a", "relation": "r"}"#,
      #"links[0]: missing required field "relation""#
    ),
  ])
  func linkLeftOutBeforeItsEntities(links: String, problem: String) {
    let json = """
      {"format": "dossier", "version": 1, "title": "T", "links": [\(links)],
       "actors": [{"id": "a", "name": "A", "type": "person"}]}
      """
    let problems = loadProblems(json)
    #expect(problems.count == 1)
    #expect(problems.first?.contains(problem) == true)
  }

  @Test func linkToUnknownEntities() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [{"id": "visit", "name": "Visit", "type": "visit"}],
        "actors": [{"id": "kazakhstan", "name": "Kazakhstan", "type": "country"}],
        "links": [
          {"from": "visit", "to": "kazakstan", "relation": "participant"},
          {"from": "zzz", "to": "visit", "relation": "participant"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:8:29: links[0].to: unknown entity "kazakstan"; did you mean "kazakhstan"?"#,
        #"test.json:9:14: links[1].from: unknown entity "zzz""#,
      ])
  }

  @Test func linkToAnEntityWithAnInvalidID() {
    // The invalid entity is not defined, so links to it are unknown too.
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "actors": [{"id": "Chína", "name": "Chína", "type": "country"}],
        "links": [{"from": "Chína", "to": "Chína", "relation": "r"}]
      }
      """
    let problems = loadProblems(json)
    #expect(problems.count == 3)
    #expect(problems.dropFirst().allSatisfy { $0.contains(#"unknown entity "Chína""#) })
  }

  @Test func evidenceFromUnknownSource() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "sources": [{"id": "gulf-observer-bri", "title": "Article"}],
        "events": [
          {
            "id": "visit", "name": "Visit", "type": "visit",
            "evidence": [{"source": "gulf-observer", "quote": "q"}]
          }
        ],
        "links": [
          {
            "from": "visit", "to": "visit", "relation": "r",
            "evidence": [{"source": "elsewhere", "quote": "q"}]
          }
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:9:31: events[0].evidence[0].source: unknown source "gulf-observer"; did you mean "gulf-observer-bri"?"#,
        #"test.json:15:31: links[0].evidence[0].source: unknown source "elsewhere""#,
      ])
  }

  @Test func severalSuggestionsNearestFirst() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "actors": [
          {"id": "chine", "name": "A", "type": "x"},
          {"id": "china", "name": "B", "type": "x"},
          {"id": "chinatown", "name": "C", "type": "x"}
        ],
        "links": [{"from": "china", "to": "chin", "relation": "r"}]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:10:37: links[0].to: unknown entity "chin"; did you mean "china", "chine" or "chinatown"?"#
      ])
  }
}

@Suite struct DateProblemTests {
  private func eventWithDate(_ date: String) -> String {
    """
    {
      "format": "dossier",
      "version": 1,
      "title": "T",
      "events": [
        {
          "id": "a", "name": "A", "type": "x",
          "date": \(date)
        }
      ]
    }
    """
  }

  @Test(arguments: ["2023-02-30", "2023-04-31", "2023-02-29", "2100-02-29", "0000"])
  func impossibleDate(_ date: String) {
    #expect(
      loadProblems(eventWithDate("\"\(date)\"")) == [
        "test.json:8:15: events[0].date: impossible date \"\(date)\": no such day in the calendar"
      ])
  }

  @Test(arguments: ["2023-13", "2023-00", "2023-13-01"])
  func impossibleMonth(_ date: String) {
    #expect(
      loadProblems(eventWithDate("\"\(date)\"")) == [
        "test.json:8:15: events[0].date: impossible date \"\(date)\": months run from 01 to 12"
      ])
  }

  @Test(arguments: ["2023/02/28", "23", "2023-2", "2023-02-1", "20230228", "2023-02-28T10:00", ""])
  func malformedDate(_ date: String) {
    #expect(
      loadProblems(eventWithDate("\"\(date)\"")) == [
        "test.json:8:15: events[0].date: invalid date \"\(date)\": expected YYYY, YYYY-MM or "
          + "YYYY-MM-DD"
      ])
  }

  @Test func dateOfTheWrongType() {
    #expect(
      loadProblems(eventWithDate("2023")) == [
        "test.json:8:15: events[0].date: expected a string, found a number"
      ])
    // Reported once, even when "dateInferred" makes the loader look at the date again.
    #expect(
      loadProblems(eventWithDate("2023, \"dateInferred\": true")) == [
        "test.json:8:15: events[0].date: expected a string, found a number"
      ])
    #expect(
      loadProblems(eventWithDate("\"2023-1\", \"dateInferred\": true")) == [
        #"test.json:8:15: events[0].date: invalid date "2023-1": expected YYYY, YYYY-MM or YYYY-MM-DD"#
      ])
  }

  @Test func leapDayLoads() throws {
    let dossier = try #require(loadDossier(eventWithDate("\"2024-02-29\"")))
    #expect(dossier.entity(id: "a")?.date == (try PartialDate(year: 2024, month: 2, day: 29)))
  }

  @Test func datesOfSourcesAndLinks() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "sources": [{"id": "s", "title": "S", "date": "2021-02-29"}],
        "actors": [{"id": "a", "name": "A", "type": "x"}],
        "links": [{"from": "a", "to": "a", "relation": "r", "date": "21"}]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:5:49: sources[0].date: impossible date "2021-02-29": no such day in the calendar"#,
        #"test.json:7:63: links[0].date: invalid date "21": expected YYYY, YYYY-MM or YYYY-MM-DD"#,
      ])
  }

  @Test func dateInferredWithoutDate() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "events": [
          {
            "id": "a", "name": "A", "type": "x",
            "dateInferred": true
          },
          {
            "id": "b", "name": "B", "type": "x",
            "date": null,
            "dateInferred": true
          },
          {
            "id": "c", "name": "C", "type": "x",
            "dateInferred": false
          }
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:8:23: events[0].dateInferred: true, but the event has no "date""#,
        #"test.json:13:23: events[1].dateInferred: true, but the event has no "date""#,
      ])
  }
}

@Suite struct QuoteProblemTests {
  private let json = """
    {
      "format": "dossier",
      "version": 1,
      "title": "T",
      "sources": [
        {"id": "s", "title": "S", "text": "The wind farm opened\\n  in 2021 near Zhanatas."},
        {"id": "t", "title": "Untranscribed"}
      ],
      "projects": [
        {
          "id": "p", "name": "P", "type": "x",
          "evidence": [
            {"source": "s", "quote": "wind farm opened in 2021"},
            {"source": "s", "quote": "The Wind Farm"},
            {"source": "s", "quote": "opened in 2022"},
            {"source": "t", "quote": "anything at all"}
          ]
        }
      ]
    }
    """

  @Test func quotesMustBeFoundVerbatim() {
    // Whitespace may differ (the first quote spans a line break); case and words may not.
    // Sources without text cannot be checked.
    #expect(
      loadProblems(json) == [
        #"test.json:14:34: projects[0].evidence[1].quote: quote not found verbatim in the text of source "s""#,
        #"test.json:15:34: projects[0].evidence[2].quote: quote not found verbatim in the text of source "s""#,
      ])
  }

  @Test func blankQuoteIsEmpty() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "sources": [{"id": "s", "title": "S", "text": "Text."}],
        "actors": [{"id": "a", "name": "A", "type": "x", "evidence": [{"source": "s", "quote": " "}]}]
      }
      """
    #expect(
      loadProblems(json) == ["test.json:6:90: actors[0].evidence[0].quote: must not be empty"])
  }
}

@Suite struct TextFileProblemTests {
  private func json(source: String) -> String {
    """
    {
      "format": "dossier",
      "version": 1,
      "title": "T",
      "sources": [
        \(source)
      ],
      "events": [
        {"id": "e", "name": "E", "type": "x", "evidence": [{"source": "s", "quote": "run by"}]}
      ]
    }
    """
  }

  @Test func textFileIsResolvedByTheCaller() throws {
    let text = json(source: #"{"id": "s", "title": "S", "textFile": "article.txt"}"#)
    let dossier = try #require(loadDossier(text, textFiles: ["article.txt": "It is run\nby them."]))
    #expect(dossier.source(id: "s")?.text == "It is run\nby them.")
  }

  @Test func quotesAreCheckedAgainstTheTextFile() {
    let text = json(source: #"{"id": "s", "title": "S", "textFile": "article.txt"}"#)
    #expect(
      loadProblems(text, textFiles: ["article.txt": "Nothing relevant."]) == [
        #"test.json:9:81: events[0].evidence[0].quote: quote not found verbatim in the text of source "s""#
      ])
  }

  @Test func missingTextFile() {
    let text = json(source: #"{"id": "s", "title": "S", "textFile": "article.txt"}"#)
    #expect(
      loadProblems(text) == [
        #"test.json:6:43: sources[0].textFile: no text file named "article.txt""#
      ])
  }

  @Test func textAndTextFileTogether() {
    let text = json(
      source: #"{"id": "s", "title": "S", "text": "run by", "textFile": "article.txt"}"#)
    #expect(
      loadProblems(text, textFiles: ["article.txt": "run by"]) == [
        #"test.json:6:5: sources[0]: give either "text" or "textFile", not both"#
      ])
  }

  @Test func textFileOfTheWrongType() {
    let text = json(source: #"{"id": "s", "title": "S", "textFile": 7}"#)
    #expect(
      loadProblems(text) == [
        "test.json:6:43: sources[0].textFile: expected a string, found a number"
      ])
  }

  @Test func textFileClosureIsAskedForTheNameGiven() throws {
    let text = json(source: #"{"id": "s", "title": "S", "textFile": "texts/a b.txt"}"#)
    let asked = Mutex<[String]>([])
    _ = try DossierLoader.load(
      .bytes(Array(text.utf8), fileName: testFileName) { name in
        asked.withLock { $0.append(name) }
        return "run by"
      })
    #expect(asked.withLock { $0 } == ["texts/a b.txt"])
  }
}

@Suite struct SeveralProblemsTests {
  @Test func everyProblemIsReportedInFileOrder() {
    // Links come first in this file, though references are checked last.
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "Several problems",
        "links": [
          {"from": "visit", "to": "kazakstan", "relation": "participant"}
        ],
        "sources": [
          {"id": "s", "title": "S", "text": "Nothing to see here."}
        ],
        "events": [
          {
            "id": "visit",
            "name": "Visit",
            "type": "visit",
            "date": "2023-13",
            "evidence": [{"source": "s", "quote": "Something to see"}]
          },
          {
            "id": "visit",
            "name": "Visit again",
            "type": "visit",
            "aliases": [1]
          }
        ],
        "actors": [
          {"id": "kazakhstan", "name": "Kazakhstan", "type": "country", "colour": "blue"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:6:29: links[0].to: unknown entity "kazakstan"; did you mean "kazakhstan"?"#,
        #"test.json:16:15: events[0].date: impossible date "2023-13": months run from 01 to 12"#,
        #"test.json:17:45: events[0].evidence[0].quote: quote not found verbatim in the text of source "s""#,
        #"test.json:20:13: events[1].id: duplicate entity id "visit" (first defined at line 13, column 13)"#,
        "test.json:23:19: events[1].aliases[0]: expected a string, found a number",
        #"test.json:27:67: actors[0]: unknown field "colour""#,
      ])
  }

  @Test func invalidEntitiesStillHaveAllTheirFieldsChecked() {
    let json = """
      {
        "format": "dossier",
        "version": 1,
        "title": "T",
        "sources": [
          {"id": "é", "title": "S", "publisher": 1, "date": "2020-1"}
        ],
        "events": [
          {"id": "e", "type": "x", "summary": 2, "dateNote": 3}
        ],
        "links": [
          {"to": "e", "relation": "r", "role": 4, "date": "x"}
        ]
      }
      """
    #expect(
      loadProblems(json) == [
        #"test.json:6:12: sources[0].id: invalid id "é": use ASCII letters and digits joined by '-', '_', '.' or ':' (e.g. "xi-jinping")"#,
        "test.json:6:44: sources[0].publisher: expected a string, found a number",
        #"test.json:6:55: sources[0].date: invalid date "2020-1": expected YYYY, YYYY-MM or YYYY-MM-DD"#,
        #"test.json:9:5: events[0]: missing required field "name""#,
        "test.json:9:41: events[0].summary: expected a string, found a number",
        "test.json:9:56: events[0].dateNote: expected a string, found a number",
        #"test.json:12:5: links[0]: missing required field "from""#,
        "test.json:12:42: links[0].role: expected a string, found a number",
        #"test.json:12:53: links[0].date: invalid date "x": expected YYYY, YYYY-MM or YYYY-MM-DD"#,
      ])
  }
}
