import Foundation
import Testing

/// `dossier export --format timelinejs`, run as a built binary.
@Suite struct ExportTimelineJSCommandTests {
  @Test func datedEventsBecomeSlidesAndUndatedOnesAreCounted() throws {
    let file = try BundledFile()
    let result = try runDossier("export", "--format", "timelinejs")
    #expect(result.status == 0, "\(result.transcript)")
    let timeline = try result.jsonObject()
    let slides = timeline["events"] as? [[String: Any]] ?? []
    let events = file.entities("events")
    let dated = events.filter { $0["date"] != nil }
    #expect(slides.count == dated.count)
    for event in dated {
      let slide = try #require(
        slides.first { $0["unique_id"] as? String == event.id }, "\(event.id) missing")
      let year = (event["date"] as? String).flatMap { Int($0.prefix(4)) }
      #expect((slide["start_date"] as? [String: Any])?["year"] as? Int == year)
      #expect(
        (slide["text"] as? [String: Any])?["headline"] as? String == event["name"] as? String)
      if event["dateInferred"] as? Bool == true {
        #expect((slide["display_date"] as? String)?.hasPrefix("~") == true, "\(event.id)")
      }
    }
    let undated = events.count - dated.count
    #expect(undated > 0)
    #expect(result.stderr.contains("\(undated) undated events left out"), "\(result.transcript)")
    let title = (timeline["title"] as? [String: Any])?["text"] as? [String: Any]
    #expect(title?["headline"] as? String == file.title)
  }

  @Test func outputFileHoldsTheTimeline() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("timeline.json").path
      let toFile = try runDossier("export", "--format", "timelinejs", "--output", path)
      #expect(toFile.status == 0, "\(toFile.transcript)")
      #expect(toFile.stdout.isEmpty)
      #expect(toFile.stderr.contains("left out"))
      let toStdout = try runDossier("export", "--format", "timelinejs")
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == toStdout.stdoutData)
    }
  }

  @Test func helpNamesTheNewFormats() throws {
    let help = try runDossier("export", "--help")
    #expect(help.status == 0)
    #expect(help.stdout.contains("ftm"))
    #expect(help.stdout.contains("timelinejs"))
  }
}
