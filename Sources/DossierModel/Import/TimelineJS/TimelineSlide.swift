/// A text read from a file with the byte offset where it was read.
struct LocatedText {
  let text: String
  let offset: Int
}

/// The media of a slide: an image, a video, a tweet, … by URL. Captions and credits may
/// hold HTML.
struct TimelineMedia {
  var url: String?
  var caption: String?
  var credit: String?
  var thumbnail: String?
  var alt: String?
  var title: String?
  var link: String?
}

/// One TimelineJS slide as read from JSON or from a sheet, dates checked, texts still
/// HTML; the same whichever format it came from.
struct TimelineSlide {
  /// Its name in messages: `events[3]`, `row 5`.
  var path: String
  /// Where it starts in the file.
  var offset: Int
  var uniqueID: LocatedText?
  var start: TimelineDate?
  var end: TimelineDate?
  var headline: String?
  var text: String?
  var displayDate: String?
  var group: LocatedText?
  var media = TimelineMedia()
  var backgroundURL: String?
  var backgroundColor: String?
}

/// Everything a timeline holds: the title slide, the events and the eras.
struct TimelineSlides {
  var title: TimelineSlide?
  var events: [TimelineSlide] = []
  var eras: [TimelineSlide] = []
}
