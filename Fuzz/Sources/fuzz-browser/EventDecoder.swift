import DossierBrowser
import DossierModel

/// Turns fuzz bytes into browser events: each event takes one byte saying what it is, and
/// as many more as it needs (a size, a cell, a character). Searches asked for are kept
/// until a byte says to deliver the oldest, so that results can arrive late or stale.
struct EventDecoder {
  private var bytes: ArraySlice<UInt8>
  private let dossier: Dossier
  /// The queries the browser asked to search in the background, oldest first.
  private(set) var searchesAsked: [String] = []

  init(_ bytes: [UInt8], dossier: Dossier) {
    self.bytes = bytes[...]
    self.dossier = dossier
  }

  /// Notes the searches an update asked for, or called off.
  mutating func note(_ effects: [Effect]) {
    for effect in effects {
      switch effect {
      case .search(let query): searchesAsked.append(query)
      case .cancelSearch: searchesAsked.removeAll()
      default: break
      }
    }
  }

  /// The next event, or nil when the bytes run out.
  mutating func next(rows: Int, columns: Int) -> InputEvent? {
    guard let choice = take() else { return nil }
    let keys = FuzzKeys.all
    if Int(choice) < keys.count { return .key(keys[Int(choice)]) }
    switch Int(choice) % 9 {
    case 0:
      return .resize(rows: 1 + Int(take() ?? 0) % 80, columns: 1 + Int(take() ?? 0) % 250)
    case 1:
      let actions: [MouseEvent.Action] = [.click, .wheelUp, .wheelDown]
      let action = actions[Int(take() ?? 0) % actions.count]
      return .mouse(
        MouseEvent(
          action, row: Int(take() ?? 0) % (rows + 1), column: Int(take() ?? 0) % (columns + 1)))
    case 2:
      return .key(.character(FuzzKeys.characters[Int(take() ?? 0) % FuzzKeys.characters.count]))
    case 3:
      let which = Int(take() ?? 0)
      let id = which < dossier.entities.count ? dossier.entities[which].id : "no-such-id"
      return .open(entityID: id)
    case 4:
      return deliverOldestSearch()
    case 5:
      return .loadFailed([text(count: Int(take() ?? 0) % 16)])
    case 6:
      return .notice("notice \(take() ?? 0)")
    case 7:
      return typed()
    default:
      return .key(.function(1 + Int(take() ?? 0) % 12))
    }
  }

  /// Characters typed all at once, as a paste arrives: up to 127 of the fuzzer's
  /// characters, or up to 127 bytes as they are (escapes, controls, invalid UTF-8).
  private mutating func typed() -> InputEvent {
    let length = Int(take() ?? 0)
    guard length < 128 else { return .typed(text(count: length - 128)) }
    var typed = ""
    for _ in 0..<length {
      typed.append(FuzzKeys.characters[Int(take() ?? 0) % FuzzKeys.characters.count])
    }
    return .typed(typed)
  }

  /// The results of the oldest search asked for, computed now; a notice when none waits.
  private mutating func deliverOldestSearch() -> InputEvent {
    guard !searchesAsked.isEmpty else { return .notice("no search waits") }
    let query = searchesAsked.removeFirst()
    let hits = dossier.searchIndex.search(
      SearchQuery(query), kinds: Set(EntityKind.allCases), limit: BrowserState.resultLimit)
    return .searchCompleted(query: query, hits: hits)
  }

  /// The next `count` bytes as text, whatever they hold (escapes and invalid UTF-8 too).
  private mutating func text(count: Int) -> String {
    let taken = bytes.prefix(count)
    bytes = bytes.dropFirst(count)
    return String(decoding: taken, as: UTF8.self)
  }

  private mutating func take() -> UInt8? {
    bytes.popFirst()
  }
}
