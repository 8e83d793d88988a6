/// The file formats dossier reads.
public enum DossierFileFormat: String, Sendable, CaseIterable {
  /// dossier's own JSON format (docs/FORMAT.md).
  case native
  /// FollowTheMoney entities: JSON lines, or a JSON array of entities.
  case ftm
  /// A TimelineJS3 JSON timeline.
  case timelinejs
  /// A TimelineJS Google Sheets template exported as CSV.
  case timelinejsCSV = "timelinejs-csv"

  /// The importer that reads this format.
  var importer: any DossierImporter.Type {
    switch self {
    case .native: NativeImporter.self
    case .ftm: FtMImporter.self
    case .timelinejs: TimelineJSImporter.self
    case .timelinejsCSV: TimelineCSVImporter.self
    }
  }

  /// The format the bytes are in, judged from their content, never from a file name:
  /// a JSON object with `"schema"` and `"properties"` on its first line (or an array of
  /// objects with `"schema"`) is FtM; one naming `"format"` and `"dossier"` is native; one
  /// with TimelineJS's `"start_date"` or `"headline"` is TimelineJS; text
  /// whose first line has the template's `Year` and `Headline` columns is a TimelineJS
  /// sheet; anything else is read as native, whose reader then says what is wrong.
  public static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> DossierFileFormat {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    while start < bytes.count, isJSONWhitespace(bytes[start]) { start += 1 }
    guard start < bytes.count else { return .native }
    let head = UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 65_536)])
    switch head[0] {
    case UInt8(ascii: "{"):
      let firstLine = head.prefix { $0 != 0x0A }
      if contains(firstLine, "\"schema\""), contains(firstLine, "\"properties\"") { return .ftm }
      if contains(head, "\"format\""), contains(head, "\"dossier\"") { return .native }
      if contains(head, "\"start_date\"") || contains(head, "\"headline\"") { return .timelinejs }
      return .native
    case UInt8(ascii: "["):
      return contains(head, "\"schema\"") ? .ftm : .native
    default:
      let firstLine = head.prefix { $0 != 0x0A && $0 != 0x0D }
      let folded = String(decoding: firstLine, as: UTF8.self).lowercased()
      return folded.contains("year") && folded.contains("headline") ? .timelinejsCSV : .native
    }
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private static func contains<Bytes: Collection<UInt8>>(_ haystack: Bytes, _ needle: String)
    -> Bool
  {
    let pattern = Array(needle.utf8)
    let bytes = Array(haystack)
    guard bytes.count >= pattern.count else { return false }
    for start in 0...(bytes.count - pattern.count)
    where bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern)
    {
      return true
    }
    return false
  }
}
