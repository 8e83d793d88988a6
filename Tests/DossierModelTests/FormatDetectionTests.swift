import BundledDossier
import Testing

@testable import DossierModel

@Suite struct FormatDetectionTests {
  private func detect(_ text: String) -> DossierFileFormat {
    Array(text.utf8).withUnsafeBufferPointer { DossierFileFormat.detect($0) }
  }

  @Test func nativeFilesAreNative() {
    #expect(detect(#"{"format": "dossier", "version": 1, "title": "T", "events": []}"#) == .native)
    #expect(
      BundledDossier.bytes.withUnsafeBufferPointer { DossierFileFormat.detect($0) } == .native)
  }

  @Test func aNativeFileWhoseTextMentionsTimelineJSKeysIsNative() {
    let text =
      #"{"format": "dossier", "version": 1, "title": "T", "events": [{"id": "e", "#
      + #""name": "N", "type": "Event", "properties": [{"key": "start_date", "values": ["1"]}]}]}"#
    #expect(detect(text) == .native)
  }

  @Test func ftmLinesAndArraysAreFtM() {
    let line = #"{"id": "abc", "schema": "Person", "properties": {"name": ["A"]}}"#
    #expect(detect(line + "\n" + line) == .ftm)
    #expect(detect("\u{FEFF}\n  " + line) == .ftm)
    #expect(detect("[" + line + "]") == .ftm)
    #expect(detect("[\n  {\"schema\": \"Person\", \"id\": \"x\"}\n]") == .ftm)
  }

  @Test func timelinesAreTimelineJS() {
    #expect(
      detect(#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 1}}]}"#)
        == .timelinejs)
    #expect(detect("Year,Month,Day,Time,Headline,Text\n2013,9,7,,A,B\n") == .timelinejsCSV)
    #expect(detect("\"Year\",\"Month\",\"Headline\"\r\n2013,9,A\r\n") == .timelinejsCSV)
  }

  @Test func anythingElseIsReadAsNativeSoItsReaderExplains() {
    #expect(detect("") == .native)
    #expect(detect("   \n") == .native)
    #expect(detect("hello") == .native)
    #expect(detect("[1, 2]") == .native)
    #expect(detect(#"{"events": [{"name": "x"}]}"#) == .native)
  }

  @Test func detectionDecidesWhichReaderReportsProblems() {
    let problems = loadProblems(#"{"format": "dossier", "version": 2, "title": "T"}"#)
    #expect(problems.count == 1)
    #expect(problems.first?.contains("unsupported version 2") == true)
  }
}
