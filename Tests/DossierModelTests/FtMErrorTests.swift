import Testing

@testable import DossierModel

/// Every kind of bad FtM input, with the exact message and position reported.
@Suite struct FtMErrorTests {
  static let person = #"{"id": "p1", "schema": "Person", "properties": {"name": ["Ann"]}}"#

  @Test func everyLineThatIsNotJSONIsReportedAndTheRestRead() {
    #expect(
      ftmProblems(lines: [
        Self.person,
        #"{"id": "p2", "schema": "Person" "properties": {}}"#,
        #"{"id": "p3", "schema": "Person", "properties": {"name": ["Bo"]}"#,
        #"{"id": "p4", "schema": "Persn", "properties": {"name": ["Cy"]}} x"#,
        #"{"id": "p5", "schema": "Thing", "properties": {}}"#,
      ]) == [
        "test.ftm.json:2:33: unexpected character '\"': expected ',' or '}' in the object",
        "test.ftm.json:3:1: unclosed object: missing '}' for the '{' here",
        "test.ftm.json:4:65: unexpected character 'x' after the end of the JSON document",
        "test.ftm.json:5:24: line 5.schema: \"Thing\" is an abstract schema: no entity may have it",
      ])
  }

  @Test func aLineMustHoldAnObject() {
    #expect(
      ftmProblems(lines: [Self.person, #"["p2", "Person"]"#, "42"]) == [
        "test.ftm.json:2:1: line 2: expected an object (one entity), found an array",
        "test.ftm.json:3:1: line 3: expected an object (one entity), found a number",
      ])
  }

  @Test func idAndSchemaAreRequiredStrings() {
    #expect(
      ftmProblems(lines: [
        Self.person,
        #"{"schema": "Person", "properties": {}}"#,
        #"{"id": "", "schema": "Person", "properties": {}}"#,
        #"{"id": "p4", "properties": {}}"#,
        #"{"id": 4, "schema": "Person", "properties": {}}"#,
        #"{"id": "p6", "schema": ["Person"], "properties": {}}"#,
      ]) == [
        "test.ftm.json:2:1: line 2: missing \"id\"",
        "test.ftm.json:3:8: line 3.id: must not be empty",
        "test.ftm.json:4:1: line 4: missing \"schema\"",
        "test.ftm.json:5:8: line 5.id: expected a string, found a number",
        "test.ftm.json:6:24: line 6.schema: expected a string, found an array",
      ])
  }

  @Test func propertiesMustBeAnObjectOfStringArrays() {
    #expect(
      ftmProblems(lines: [
        Self.person,
        #"{"id": "p2", "schema": "Person", "properties": ["name"]}"#,
        #"{"id": "p3", "schema": "Person", "properties": {"name": 5}}"#,
        #"{"id": "p4", "schema": "Person", "properties": {"name": ["Di", null, "Ed", {}]}}"#,
      ]) == [
        "test.ftm.json:2:48: line 2.properties: expected an object, found an array",
        "test.ftm.json:3:57: line 3.properties.name: expected an array of strings, found a number",
        "test.ftm.json:4:64: line 4.properties.name[1]: expected a string, found null",
        "test.ftm.json:4:76: line 4.properties.name[3]: expected a string, found an object",
      ])
  }

  @Test func anIDTwiceIsReportedWhereItComesAgain() {
    #expect(
      ftmProblems(lines: [
        Self.person,
        #"{"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["p1"]}}"#,
        Self.person,
        #"{"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["p1"]}}"#,
        #"{"id": "p1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["p1"]}}"#,
      ]) == [
        "test.ftm.json:3:1: line 3.id: duplicate entity id \"p1\" (first defined at line 1, column 1)",
        "test.ftm.json:4:1: line 4.id: duplicate entity id \"o1\" (first defined at line 2, column 1)",
        "test.ftm.json:5:1: line 5.id: duplicate entity id \"p1\" (first defined at line 1, column 1)",
      ])
  }

  @Test func anEdgeBeforeAnEntityOfItsIDIsReportedAtTheEntity() {
    #expect(
      ftmProblems(lines: [
        #"{"id": "p2", "schema": "Person", "properties": {"name": ["Bo"]}}"#,
        #"{"id": "x", "schema": "Ownership", "properties": {"owner": ["p2"], "asset": ["p2"]}}"#,
        #"{"id": "x", "schema": "Company", "properties": {"name": ["X Ltd"]}}"#,
      ]) == [
        "test.ftm.json:3:1: line 3.id: duplicate entity id \"x\" (first defined at line 2, column 1)"
      ])
  }

  @Test func abstractSchemataAreRejected() {
    #expect(
      ftmProblems(lines: [
        Self.person,
        #"{"id": "i1", "schema": "Interval", "properties": {"date": ["2020"]}}"#,
      ]) == [
        "test.ftm.json:2:24: line 2.schema: \"Interval\" is an abstract schema: no entity may have it"
      ])
  }

  @Test func datesMustBeDatesFtMAccepts() {
    let dates = [
      "2021-13-01", "2021-02-30", "21-03-04", "2021-3-4", "2021-03-04T25:00", "2021-03-04 10:00",
      "0999", "2021-03-04T10:00:00+2", "2021-03-04T10:00:00.",
    ]
    let lines = dates.enumerated().map { index, date in
      #"{"id": "pay\#(index)", "schema": "Payment", "properties": {"date": ["\#(date)"]}}"#
    }
    let message =
      "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by THH, THH:MM or THH:MM:SS "
      + "and a time zone"
    #expect(
      ftmProblems(lines: lines) == [
        "test.ftm.json:1:61: line 1.properties.date[0]: impossible date \"2021-13-01\": months run from 01 to 12",
        "test.ftm.json:2:61: line 2.properties.date[0]: impossible date \"2021-02-30\": no such day in the calendar",
        "test.ftm.json:3:61: line 3.properties.date[0]: invalid date \"21-03-04\": \(message)",
        "test.ftm.json:4:61: line 4.properties.date[0]: invalid date \"2021-3-4\": \(message)",
        "test.ftm.json:5:61: line 5.properties.date[0]: impossible time in \"2021-03-04T25:00\": hours run from 00 to 23, minutes and seconds from 00 to 59",
        "test.ftm.json:6:61: line 6.properties.date[0]: invalid date \"2021-03-04 10:00\": \(message)",
        "test.ftm.json:7:61: line 7.properties.date[0]: impossible date \"0999\": FtM years run from 1000 to 2999",
        "test.ftm.json:8:61: line 8.properties.date[0]: invalid date \"2021-03-04T10:00:00+2\": \(message)",
        "test.ftm.json:9:61: line 9.properties.date[0]: invalid date \"2021-03-04T10:00:00.\": \(message)",
      ])
  }

  @Test func datesAreCheckedOnEveryKindOfRecord() {
    #expect(
      ftmProblems(lines: [
        #"{"id": "p1", "schema": "Person", "properties": {"birthDate": ["1970", "1970-00"]}}"#,
        #"{"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["p1"], "endDate": ["2020-04-31"]}}"#,
      ]) == [
        "test.ftm.json:1:71: line 1.properties.birthDate[1]: impossible date \"1970-00\": months run from 01 to 12",
        "test.ftm.json:2:98: line 2.properties.endDate[0]: impossible date \"2020-04-31\": no such day in the calendar",
      ])
  }

  @Test func validDatesOfEveryPrecisionAreAccepted() {
    let dates = [
      "2021", "2021-03", "2021-03-04", "2021-03-04T10", "2021-03-04T10:15", "2021-03-04T10:15:30",
      "2021-03-04T10:15:30Z", "2021-03-04T10:15:30+02:00", "2021-03-04T10:15:30.123-0500",
      "2020-02-29",
    ]
    let values = dates.map { "\"\($0)\"" }.joined(separator: ", ")
    let dossier = loadFtM(lines: [
      #"{"id": "e1", "schema": "Event", "properties": {"name": ["E"], "date": [\#(values)]}}"#
    ])
    #expect(dossier?.entity(id: "e1")?.date == (try? PartialDate(year: 2020, month: 2, day: 29)))
  }

  @Test func anEmptyFileIsAnError() {
    #expect(ftmProblems("") == ["test.ftm.json:1:1: the file is empty"])
    #expect(ftmProblems("\n  \n\t\n") == ["test.ftm.json:1:1: the file is empty"])
    #expect(
      ftmProblems(" []") == ["test.ftm.json:1:2: the file is empty: the array holds no entities"])
  }

  @Test func aBrokenArrayReportsItsSyntaxErrorOnly() {
    let text = """
      [
        {"id": "p1", "schema": "Thing", "properties": {}},
        {"id": "p2", "schema": "Person", "properties": {}
      ]
      """
    #expect(
      ftmProblems(text) == [
        "test.ftm.json:4:1: unexpected character ']': expected ',' or '}' in the object"
      ])
  }

  @Test func arrayElementsAreLocatedByIndex() {
    let text = """
      [
        {"id": "p1", "schema": "Person", "properties": {"name": ["Ann"]}},
        {"id": "p2", "schema": "Person", "properties": {"birthDate": ["1970-13"]}},
        "p3"
      ]
      """
    #expect(
      ftmProblems(text) == [
        "test.ftm.json:3:65: [1].properties.birthDate[0]: impossible date \"1970-13\": months run from 01 to 12",
        "test.ftm.json:4:3: [2]: expected an object (one entity), found a string",
      ])
  }
}
