import FoundationEssentials
import Glibc

/// Where a second thread can start reading a large native file, and in which top-level
/// array: a guess, which the first thread checks when it gets there.
///
/// JSON strings cannot hold a raw line break, so a line start is never inside a string: the
/// first line after the middle that begins (after blanks) with `{`, after a line that ends
/// with `,`, is most likely an element of a top-level array in a file written one element
/// per line, as dossier's and most tools' pretty-printers write them.
enum SplitPoint {
  /// The keys of the top-level arrays worth a second thread: entities and links.
  static let arrayKeys: Set<String> = ["events", "actors", "projects", "links"]

  /// The offset of the `{` of the guessed element, or nil when no line near the middle
  /// looks like one (a file on one line, say).
  static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var position = bytes.count / 2
    let searchLimit = min(bytes.count, position + (4 << 20))
    while position < searchLimit {
      guard let newline = index(of: UInt8(ascii: "\n"), in: bytes, from: position, to: searchLimit)
      else { return nil }
      var start = newline + 1
      while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      if start < bytes.count, bytes[start] == UInt8(ascii: "{"),
        lastNonBlank(in: bytes, before: newline) == UInt8(ascii: ",")
      {
        return start
      }
      position = newline + 1
    }
    return nil
  }

  /// The key of the nearest `"key": [` before `offset` whose key is one of `arrayKeys`.
  static func arrayKey(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var position = offset
    while let bracket = lastIndex(of: UInt8(ascii: "["), in: bytes, before: position) {
      position = bracket
      var end = bracket - 1
      while end >= 0, isBlank(bytes[end]) { end -= 1 }
      guard end >= 0, bytes[end] == UInt8(ascii: ":") else { continue }
      end -= 1
      while end >= 0, isBlank(bytes[end]) { end -= 1 }
      guard end >= 1, bytes[end] == UInt8(ascii: "\"") else { continue }
      var start = end - 1
      while start >= 0, bytes[start] != UInt8(ascii: "\""), end - start <= 9 { start -= 1 }
      guard start >= 0, bytes[start] == UInt8(ascii: "\"") else { continue }
      let key = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start + 1..<end]), as: UTF8.self)
      if arrayKeys.contains(key) { return key }
    }
    return nil
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func lastNonBlank(in bytes: UnsafeBufferPointer<UInt8>, before end: Int)
    -> UInt8?
  {
    var position = end - 1
    while position >= 0, isBlank(bytes[position]) { position -= 1 }
    return position >= 0 ? bytes[position] : nil
  }

  private static func index(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    guard start < end, let found = memchr(bytes.baseAddress! + start, Int32(byte), end - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
  }

  private static func lastIndex(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int
  ) -> Int? {
    var position = end - 1
    while position >= 0 {
      if bytes[position] == byte { return position }
      position -= 1
    }
    return nil
  }
}
