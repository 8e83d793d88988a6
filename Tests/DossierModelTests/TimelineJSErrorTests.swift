import Testing

@testable import DossierModel

@Suite struct TimelineJSErrorTests {
  @Test func notJSON() {
    #expect(
      timelineProblems("hello", format: .timelinejs) == [
        "t:1:1: unexpected character 'h': expected a value"
      ])
  }

  @Test func jsonSyntaxError() {
    #expect(
      timelineProblems(#"{"events": [}"#, format: .timelinejs) == [
        "t:1:13: unexpected character '}': expected a value"
      ])
  }

  @Test func topLevelNotAnObject() {
    #expect(
      timelineProblems(#"[{"start_date": {"year": 2001}}]"#, format: .timelinejs) == [
        "t:1:1: timeline: expected an object, found an array"
      ])
  }

  @Test func eventsMissingOrNotAnArray() {
    #expect(
      timelineProblems(#"{"title": {"text": {"headline": "T"}}}"#, format: .timelinejs) == [
        "t:1:1: timeline: missing \"events\" (the array of event slides)"
      ])
    #expect(
      timelineProblems(#"{"events": "none", "headline": 1}"#, format: .timelinejs) == [
        "t:1:12: events: expected an array, found a string"
      ])
  }

  @Test func everyBadEventIsReportedAtItsPlace() {
    let json = """
      {
        "events": [
          {"start_date": {"year": 2001}, "text": {"headline": "Fine"}},
          {"text": {"headline": "No date"}},
          {"start_date": {"month": 5}},
          {"start_date": {"year": "MMXIII", "month": 2.5, "day": true}},
          {"start_date": {"year": 2013, "month": 13}},
          {"start_date": {"year": 2023, "month": 2, "day": 30}},
          {"start_date": {"year": 0}},
          7,
          {"start_date": {"year": 2001, "minute": 5}, "text": {"headline": 3}}
        ]
      }
      """
    #expect(
      timelineProblems(json, format: .timelinejs) == [
        "t:4:5: events[1]: missing start_date",
        "t:5:20: events[2].start_date.year: missing (a date needs at least a year)",
        "t:6:29: events[3].start_date.year: expected an integer, found \"MMXIII\"",
        "t:6:48: events[3].start_date.month: expected an integer, found 2.5",
        "t:6:60: events[3].start_date.day: expected an integer, found a boolean",
        "t:7:44: events[4].start_date.month: expected 1 to 12, found 13",
        "t:8:54: events[5].start_date.day: expected 1 to 28 in 2023-02, found 30",
        "t:9:29: events[6].start_date.year: there is no year 0 (1 BCE is -1)",
        "t:10:5: events[7]: expected an object, found a number",
        "t:11:45: events[8].start_date.minute: a time needs an hour",
        "t:11:70: events[8].text.headline: expected a string, found a number",
      ])
  }

  @Test func erasNeedBothDatesInOrder() {
    #expect(
      timelineProblems(
        #"{"events": [], "eras": [{"start_date": {"year": 2000}}]}"#, format: .timelinejs) == [
          "t:1:25: eras[0]: missing end_date"
        ])
    let backwards =
      #"{"events": [], "eras": [{"start_date": {"year": 2000}, "end_date": {"year": 1999}}]}"#
    #expect(
      timelineProblems(backwards, format: .timelinejs) == [
        "t:1:25: eras[0].end_date: 1999 is before the start date 2000"
      ])
  }

  @Test func duplicateUniqueIDsAreLocated() {
    let json = """
      {"events": [
        {"unique_id": "a", "start_date": {"year": 2001}},
        {"unique_id": "a", "start_date": {"year": 2002}}
      ]}
      """
    #expect(
      timelineProblems(json, format: .timelinejs) == [
        "t:3:17: events[1].id: duplicate entity id \"a\" (first defined at line 2, column 17)"
      ])
  }

  @Test func everyBadRowIsReportedAtItsCell() {
    let csv = """
      Year,Month,Day,Headline,Type,End Year
      2001,13,1,Bad month,,
      MMXIII,,,Roman,,
      2023,2,30,Leap,,
      2000,,,Era without end,era,
      ,,,No year,,
      1999,12,31,Fine,,
      """
    #expect(
      timelineProblems(csv, format: .timelinejsCSV) == [
        "t:2:6: row 2, column Month: expected 1 to 12, found 13",
        "t:3:1: row 3, column Year: expected an integer, found \"MMXIII\"",
        "t:4:8: row 4, column Day: expected 1 to 28 in 2023-02, found 30",
        "t:5:28: row 5, column End Year: missing (an era needs an end date)",
        "t:6:1: row 6, column Year: missing (a date needs at least a year)",
      ])
  }

  @Test func rowsAreCountedAsTheSpreadsheetDoesAndLinesAsTheFileHasThem() {
    let csv = "Year,Text,Headline\n2001,\"one\ntwo\",A\n2002x,,B\n"
    #expect(
      timelineProblems(csv, format: .timelinejsCSV) == [
        "t:4:1: row 3, column Year: expected an integer, found \"2002x\""
      ])
  }

  @Test func sheetWithoutYearOrHeadlineColumn() {
    let header = "(the template's header row has Year, Month, Day, …, Headline, Text, …)"
    #expect(
      timelineProblems("Headline,Text\nA,B\n", format: .timelinejsCSV) == [
        "t:1:1: row 1: no \"Year\" column \(header)"
      ])
    #expect(
      timelineProblems("Date,Title\n2001,A\n", format: .timelinejsCSV) == [
        "t:1:1: row 1: no \"Year\" column \(header)",
        "t:1:1: row 1: no \"Headline\" column \(header)",
      ])
  }

  @Test func malformedCSV() {
    #expect(
      timelineProblems("Year,Headline\n2001,\"Launch\n", format: .timelinejsCSV) == [
        "t:2:6: row 2: unterminated quoted field: missing closing '\"'"
      ])
    #expect(
      timelineProblems("Year,Headline\n2001,\"Launch\"x\n", format: .timelinejsCSV) == [
        "t:2:14: row 2: unexpected character 'x' after a closing quote (write \"\" for a "
          + "quote inside a quoted field)"
      ])
  }

  @Test func badTimeOfDay() {
    #expect(
      timelineProblems("Year,Time,Headline\n2001,25:00,Launch\n", format: .timelinejsCSV) == [
        "t:2:6: row 2, column Time: expected a time of day like 14:30, 14:30:05 or 2:30 PM, "
          + "found \"25:00\""
      ])
  }

  @Test func controlCharactersStayInTheData() throws {
    let json =
      #"{"events": [{"start_date": {"year": 2001}, "text": {"headline": "A\u001b[31mB"}}]}"#
    let dossier = try loadTimeline(Array(json.utf8), fileName: "t").dossier
    #expect(dossier.entities.first?.name == "A\u{1B}[31mB")
  }
}
