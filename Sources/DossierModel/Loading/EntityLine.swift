/// Where in a dossier file an entity is written, for opening the file in an editor there.
public enum EntityLine {
  /// The 1-based line of the first `"id"` member whose value is the string `id` (native
  /// and FtM files write ids so; TimelineJS ids are made from titles and are not found).
  /// Nil when there is none. One pass over the bytes.
  public static func find(_ id: String, in bytes: [UInt8]) -> Int? {
    let needle = Array(("\"" + id + "\"").utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
    var line = 1
    var position = 0
    while position + needle.count <= bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\n") {
        line += 1
      } else if byte == needle[0],
        bytes[position..<(position + needle.count)].elementsEqual(needle),
        isIDValue(endingBefore: position, in: bytes)
      {
        return line
      }
      position += 1
    }
    return nil
  }

  /// Whether `"id"`, a colon and spaces come right before `position`.
  private static func isIDValue(endingBefore position: Int, in bytes: [UInt8]) -> Bool {
    var index = position - 1
    func skipSpaces() {
      while index >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index -= 1 }
    }
    skipSpaces()
    guard index >= 0, bytes[index] == UInt8(ascii: ":") else { return false }
    index -= 1
    skipSpaces()
    let key = Array("\"id\"".utf8)
    guard index - key.count + 1 >= 0 else { return false }
    return bytes[(index - key.count + 1)...index].elementsEqual(key)
  }
}
