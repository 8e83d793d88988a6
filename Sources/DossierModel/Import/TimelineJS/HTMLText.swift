import FoundationEssentials
import Glibc

/// Turns the HTML TimelineJS allows in headlines, texts and captions into plain text:
/// paragraphs and list items become line breaks, links read "text (URL)", scripts and
/// styles vanish, character references are decoded and whitespace runs collapse.
///
/// One pass over the input: every byte is looked at a bounded number of times.
struct HTMLText {
  /// Tags that end a paragraph: a blank line separates what is before and after them.
  private static let paragraphTags: Set<String> = [
    "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "pre",
    "section", "article", "header", "footer", "figure", "figcaption", "hr", "dl", "address",
  ]
  /// Tags that start a new line: list items, table rows, definitions.
  private static let lineTags: Set<String> = ["li", "tr", "dt", "dd"]
  /// Tags whose content is not text at all.
  private static let hiddenContentTags: Set<String> = ["script", "style"]

  private let input: [UInt8]
  private var position = 0
  private var output: [UInt8] = []
  /// Whitespace seen since the last text, written as one space before the next text.
  private var pendingSpace = false
  /// Line breaks owed before the next text (0, 1 or 2).
  private var pendingBreaks = 0
  /// The `<a>` being read: its address and where its text starts in `output`.
  private var openLink: (href: String, textStart: Int)?
  /// Set once a search for `>` has reached the end: every later `<` is plain text.
  private var noTagEndAhead = false

  /// The plain text of `html`.
  static func plainText(_ html: String) -> String {
    var converter = HTMLText(input: Array(html.utf8))
    return converter.convert()
  }

  private init(input: [UInt8]) {
    self.input = input
  }

  private mutating func convert() -> String {
    output.reserveCapacity(input.count)
    while position < input.count {
      let byte = input[position]
      switch byte {
      case UInt8(ascii: "<"):
        readMarkup()
      case UInt8(ascii: "&"):
        if let (decoded, end) = HTMLEntities.decode(input, at: position) {
          position = end
          if decoded == [0x20] { pendingSpace = true } else { appendText(decoded) }
        } else {
          appendText([byte])
          position += 1
        }
      case _ where isSpace(byte):
        pendingSpace = true
        position += 1
      default:
        let start = position
        while position < input.count, !isSpecial(input[position]) { position += 1 }
        appendText(input[start..<position])
      }
    }
    closeLink()
    return String(decoding: output, as: UTF8.self)
  }

  /// Writes text, preceded by the line breaks or the space owed (never at the start).
  private mutating func appendText(_ bytes: some Collection<UInt8>) {
    if !output.isEmpty {
      if pendingBreaks > 0 {
        output.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
      } else if pendingSpace {
        output.append(0x20)
      }
    }
    pendingBreaks = 0
    pendingSpace = false
    output.append(contentsOf: bytes)
  }

  /// Reads what starts with `<`: a tag, a comment, a declaration, or a plain `<`.
  private mutating func readMarkup() {
    if startsWith("<!--", at: position) {
      position = find("-->", from: position + 4).map { $0 + 3 } ?? input.count
      return
    }
    let next = position + 1 < input.count ? input[position + 1] : 0
    let opensTag = isLetter(next) || next == UInt8(ascii: "/")
    let opensDeclaration = next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
    guard opensTag || opensDeclaration, !noTagEndAhead,
      let close = findByte(UInt8(ascii: ">"), from: position + 1)
    else {
      if opensTag || opensDeclaration { noTagEndAhead = true }
      appendText([UInt8(ascii: "<")])
      position += 1
      return
    }
    let tagStart = position + 1
    position = close + 1
    if opensTag { readTag(tagStart..<close) }
  }

  /// Acts on the tag whose text (between `<` and `>`) is `range`.
  private mutating func readTag(_ range: Range<Int>) {
    var index = range.lowerBound
    let isClosing = input[index] == UInt8(ascii: "/")
    if isClosing { index += 1 }
    let nameStart = index
    while index < range.upperBound, isLetter(input[index]) || isDigit(input[index]) {
      index += 1
    }
    let name = String(decoding: input[nameStart..<index], as: UTF8.self).lowercased()
    if Self.paragraphTags.contains(name) {
      pendingBreaks = 2
    } else if Self.lineTags.contains(name) || name == "br" {
      pendingBreaks = name == "br" ? min(2, pendingBreaks + 1) : max(1, pendingBreaks)
    } else if name == "a" {
      if isClosing {
        closeLink()
      } else if openLink == nil {
        let href = attribute("href", in: index..<range.upperBound) ?? ""
        openLink = (href, output.count)
      }
    } else if Self.hiddenContentTags.contains(name), !isClosing,
      range.isEmpty || input[range.upperBound - 1] != UInt8(ascii: "/")
    {
      position = findClosingTag(name, from: position) ?? input.count
    }
  }

  /// Ends the open link: its address follows its text in brackets when the two differ.
  private mutating func closeLink() {
    guard let (href, textStart) = openLink else { return }
    openLink = nil
    let trimmedHref = href.trimmingWhitespace()
    guard !trimmedHref.isEmpty else { return }
    let text = output[textStart...].drop { $0 == 0x20 || $0 == 0x0A }
    if text.isEmpty {
      appendText(Array(trimmedHref.utf8))
    } else if !text.elementsEqual(trimmedHref.utf8) {
      pendingSpace = true
      appendText(Array("(\(trimmedHref))".utf8))
    }
  }

  /// The value of attribute `wanted` in a tag's attribute text, references decoded.
  private func attribute(_ wanted: String, in range: Range<Int>) -> String? {
    var index = range.lowerBound
    while index < range.upperBound {
      while index < range.upperBound, isSpaceOrSlash(input[index]) { index += 1 }
      let nameStart = index
      while index < range.upperBound, !isSpaceOrSlash(input[index]),
        input[index] != UInt8(ascii: "=")
      {
        index += 1
      }
      let name = String(decoding: input[nameStart..<index], as: UTF8.self).lowercased()
      while index < range.upperBound, isSpaceOrSlash(input[index]) { index += 1 }
      guard index < range.upperBound, input[index] == UInt8(ascii: "=") else { continue }
      index += 1
      while index < range.upperBound, isSpace(input[index]) { index += 1 }
      var valueEnd = index
      var valueStart = index
      if index < range.upperBound,
        input[index] == UInt8(ascii: "\"") || input[index] == UInt8(ascii: "'")
      {
        let quote = input[index]
        valueStart = index + 1
        valueEnd = valueStart
        while valueEnd < range.upperBound, input[valueEnd] != quote { valueEnd += 1 }
        index = min(range.upperBound, valueEnd + 1)
      } else {
        while valueEnd < range.upperBound, !isSpace(input[valueEnd]) { valueEnd += 1 }
        index = valueEnd
      }
      if name == wanted {
        return Self.plainText(String(decoding: input[valueStart..<valueEnd], as: UTF8.self))
      }
    }
    return nil
  }

  /// Where `</name` next starts (any case), from `start` on.
  private func findClosingTag(_ name: String, from start: Int) -> Int? {
    let pattern = Array("</\(name)".utf8)
    var index = start
    while let candidate = find("</", from: index) {
      let end = candidate + pattern.count
      if end <= input.count,
        zip(input[candidate..<end], pattern).allSatisfy({ lowercased($0) == $1 })
      {
        return candidate
      }
      index = candidate + 2
    }
    return nil
  }

  private func startsWith(_ text: String, at start: Int) -> Bool {
    let pattern = Array(text.utf8)
    return start + pattern.count <= input.count
      && input[start..<(start + pattern.count)].elementsEqual(pattern)
  }

  private func find(_ text: String, from start: Int) -> Int? {
    let pattern = Array(text.utf8)
    var index = start
    while let candidate = findByte(pattern[0], from: index) {
      if startsWith(text, at: candidate) { return candidate }
      index = candidate + 1
    }
    return nil
  }

  private func findByte(_ byte: UInt8, from start: Int) -> Int? {
    var index = start
    while index < input.count {
      if input[index] == byte { return index }
      index += 1
    }
    return nil
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased(byte))
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// Whether the byte starts markup, a reference or whitespace.
  private func isSpecial(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || isSpace(byte)
  }

  private func isSpaceOrSlash(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: "/")
  }

  private func lowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
  }
}
