import DossierModel

/// A find in the text shown — the detail or a source — as less's `/`: every match
/// highlighted, `n`/`N` moving between them.
public struct PageFind: Sendable, Equatable {
  /// What is looked for.
  public var query: String
  /// How many matches the page has.
  public var matchCount = 0
  /// The match moved to last (counting from the page's first), if any.
  public var current: Int?
  /// Where that match is.
  var currentMatch: PageMatch?
}

/// A find being typed at the prompt.
public struct FindPrompt: Sendable, Equatable {
  /// The text typed so far.
  public var text = ""
  /// Where the user was when the prompt opened (Esc returns there).
  let origin: Navigation
}

/// One match of a find: a line of the page and the characters of it.
struct PageMatch: Sendable, Equatable {
  let line: Int
  let characters: Range<Int>
}

extension BrowserState {
  /// The text lines of the page shown: the source being read, else the detail.
  var pageLines: [StyledText] {
    if let reading = navigation.source {
      return SourceContent(
        source: dossier.sources[reading.sourceIndex], quote: reading.quote,
        width: SourceContent.width(forColumns: columns)
      ).lines
    }
    return detailContent?.lines.map(\.text) ?? []
  }

  /// Every match of `query` in the page, in reading order.
  func pageMatches(of query: String) -> [PageMatch] {
    let matcher = PageMatcher(query)
    guard !matcher.isEmpty else { return [] }
    var matches: [PageMatch] = []
    for (number, line) in pageLines.enumerated() {
      for range in matcher.ranges(in: line) {
        matches.append(PageMatch(line: number, characters: range))
      }
    }
    return matches
  }

  /// Shows the page's `index`th match two lines below the top (or as near as the end of
  /// the page allows), selecting the detail item it belongs to.
  mutating func showMatch(_ index: Int, of matches: [PageMatch]) {
    guard matches.indices.contains(index) else { return }
    let line = matches[index].line
    navigation.find?.current = index
    navigation.find?.currentMatch = matches[index]
    let top = max(0, line - 2)
    if navigation.source != nil {
      let maxScroll = max(0, pageLines.count - (rows - 2))
      navigation.source?.scroll = min(top, maxScroll)
    } else {
      if let item = detailContent?.lines[line].item { navigation.detailCursor = item }
      navigation.detailScroll = top
    }
  }

  /// Keys at the find prompt: typing finds as it goes, moving to the first match from
  /// the top of the page where the find began; Enter keeps the find; Esc goes back.
  mutating func handleFindKey(_ key: Key, action: Action?) {
    guard case .finding(var prompt) = mode else { return }
    if let edited = editedPromptText(prompt.text, key: key, action: action) {
      prompt.text = edited
      mode = .finding(prompt)
      findAsTyped(prompt)
      return
    }
    switch action {
    case .open:
      mode = .browsing
      finishFind()
    case .close:
      navigation = prompt.origin
      mode = .browsing
      keepSelectionVisible()
    default:
      break
    }
  }

  mutating func findAsTyped(_ prompt: FindPrompt) {
    navigation = prompt.origin
    guard !prompt.text.isEmpty else {
      navigation.find = nil
      return
    }
    let matches = pageMatches(of: prompt.text)
    navigation.find = PageFind(query: prompt.text, matchCount: matches.count)
    let top = prompt.origin.source?.scroll ?? prompt.origin.detailScroll
    let first = matches.firstIndex { $0.line >= top } ?? 0
    showMatch(first, of: matches)
    keepSelectionVisible()
  }

  /// Keeps the find typed: its first match shown, or "Pattern not found", which n and N
  /// then say again, as in less.
  private mutating func finishFind() {
    guard let find = navigation.find, find.matchCount > 0 else {
      message = navigation.find == nil ? nil : "Pattern not found"
      return
    }
    message = "Match \((find.current ?? 0) + 1) of \(find.matchCount) · n/N next/previous"
  }

  /// Finds the current match again after the page was laid out anew (a resize, a link
  /// group shown in full): its line and characters have moved with the wrapping.
  mutating func refreshFindMatch() {
    guard let find = navigation.find else { return }
    let matches = pageMatches(of: find.query)
    navigation.find?.matchCount = matches.count
    let current = find.current.map { min($0, matches.count - 1) }.flatMap { $0 >= 0 ? $0 : nil }
    navigation.find?.current = current
    navigation.find?.currentMatch = current.map { matches[$0] }
  }

  /// Moves to the next (or previous) match of the page's find, wrapping at the ends.
  mutating func stepMatch(by step: Int) {
    guard let find = navigation.find else { return }
    let matches = pageMatches(of: find.query)
    guard !matches.isEmpty else {
      message = "Pattern not found"
      return
    }
    // From the match last moved to while it is on screen; else, as less does, from the
    // screen: the first match below its top (n) or the last above it (N).
    let top = navigation.source?.scroll ?? navigation.detailScroll
    let height = navigation.source != nil ? rows - 2 : layout.detailFrame?.height ?? 1
    var from = find.current ?? -1
    if let line = find.currentMatch?.line, !(top..<(top + height)).contains(line) {
      from =
        step > 0
        ? (matches.firstIndex { $0.line >= top } ?? matches.count) - 1
        : matches.lastIndex { $0.line < top }.map { $0 + 1 } ?? 0
    }
    let unwrapped = from + step
    let index = (unwrapped % matches.count + matches.count) % matches.count
    showMatch(index, of: matches)
    message = "Match \(index + 1) of \(matches.count)"
    if unwrapped >= matches.count {
      message! += " (wrapped to the first)"
    } else if unwrapped < 0 {
      message! += " (wrapped to the last)"
    }
  }
}
