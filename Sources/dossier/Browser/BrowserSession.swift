import CursesTerminal
import DossierBrowser
import DossierModel
import FoundationEssentials
import Glibc

/// Runs the browser on a terminal: shows a progress screen while a large dossier loads
/// (q quits at any moment), then hands keys to `update` and draws `render`, running
/// searches of large dossiers in the background so typing never waits, and stopping a
/// search as soon as a newer query makes it stale.
struct BrowserSession {
  let terminal: CursesTerminal
  let fileName: String
  /// The keys, the user's settings over the standard ones.
  let keymap: Keymap

  /// How long to wait for a load before showing the progress screen.
  private static let quietLoadTime = Duration.milliseconds(40)
  /// How often the progress screen, pending searches and the cache check are looked at.
  private static let pollMilliseconds = 15
  /// The most keys already waiting that are applied before a frame is drawn.
  private static let keysPerFrame = 4096

  /// What the status bar says when the cache the dossier came from turns out damaged.
  static let damagedCacheNotice =
    "The cached copy of this file was damaged and is deleted: quit and reopen to read the file"

  /// Waits for the load, showing progress (after a moment's wait, when `quietly`, so that
  /// a quick load shows no loading screen); nil when the user quit first or the keyboard
  /// is gone.
  func awaitLoad(
    _ load: BackgroundWork<Result<LoadedDossier, DossierLoadError>>, progress: LoadProgress,
    quietly: Bool = true
  ) -> Result<LoadedDossier, DossierLoadError>? {
    if quietly, let done = load.wait(upTo: Self.quietLoadTime) { return done }
    while true {
      drawLoading(progress)
      if let done = load.value { return done }
      let event = terminal.nextEvent(timeoutMilliseconds: 100)
      if terminal.inputEnded { return nil }
      guard case .key(let key) = event else { continue }
      switch keymap.action(for: key, in: .loading) {
      case .quit: return nil
      case .interrupt: terminal.endByInterrupt()
      case .suspend: terminal.suspend()
      default: break
      }
    }
  }

  /// Draws the loading screen with how far `progress` got.
  func drawLoading(_ progress: LoadProgress) {
    let size = terminal.size
    terminal.draw(
      renderLoading(
        rows: size.rows, columns: size.columns, fileName: fileName,
        fraction: progress.fraction, phase: progress.phase))
  }

  /// Browses until the user quits or the keyboard is gone; tells the user when `snapshotCheck` (the check of the
  /// cache the dossier came from) finds it damaged. The marks come from `marks` and go
  /// back to it whenever they change. With `start` (an entity id), opens at that entity.
  /// `e` and `R` edit and reload `file` (none for the built-in dossier).
  func browse(
    _ dossier: Dossier, snapshotCheck: SnapshotCheck? = nil, marks: MarksStore?,
    startingAt start: String? = nil, file: EditableFile? = nil, notice: String? = nil
  ) {
    let size = terminal.size
    var notices = notice.map { [$0] } ?? []
    var saved: [String] = []
    switch marks?.load() {
    case .success(let ids): saved = ids
    case .failure(let error): notices.append(error.description)
    case nil: break
    }
    var state = BrowserState(
      dossier: dossier, rows: size.rows, columns: size.columns, keymap: keymap, marks: saved)
    var searches = BackgroundSearches(index: dossier.searchIndex)
    var pendingCheck = snapshotCheck
    var isFinished = false
    var fileChange: Effect?
    /// Applies `event` and carries out its effects.
    func handle(_ event: InputEvent) {
      let (next, effects) = update(state, event)
      state = next
      for effect in effects {
        switch effect {
        case .search(let query): searches.want(query, keeping: state.visibleLists.keeper)
        case .cancelSearch: searches.cancel()
        case .redraw: terminal.invalidate()
        case .saveMarks(let ids):
          do throws(MarksError) {
            try marks?.save(ids)
          } catch {
            notices.append(error.description)
          }
        case .copy(let text):
          terminal.copyToClipboard(base64: Data(text.utf8).base64EncodedString())
        case .edit, .reload: fileChange = effect
        case .quit: isFinished = true
        case .interrupt: terminal.endByInterrupt()
        case .suspend: terminal.suspend()
        }
      }
    }
    /// Applies `event` and the keys already waiting behind it (a paste), then draws once;
    /// characters typed at a prompt go in together, searched once. (Drawing and searching
    /// after each key of a long paste made it quadratic.)
    func handleWithWaitingKeys(_ event: InputEvent) {
      var typed = ""
      var next: InputEvent? = event
      var handled = 0
      while let current = next {
        if case .key(let key) = current, case .character(let character) = key,
          state.takesAsText(key)
        {
          typed.append(character)
        } else {
          if !typed.isEmpty { handle(.typed(typed)) }
          typed = ""
          handle(current)
        }
        handled += 1
        let goesOn = !isFinished && fileChange == nil && handled < Self.keysPerFrame
        next = goesOn ? terminal.nextEvent(timeoutMilliseconds: 0) : nil
      }
      if !typed.isEmpty { handle(.typed(typed)) }
      terminal.draw(render(state))
    }
    if let start { state = update(state, .open(entityID: start)).state }
    terminal.draw(render(state))
    while !isFinished {
      if !notices.isEmpty { handleWithWaitingKeys(.notice(notices.removeFirst())) }
      if let effect = fileChange {
        fileChange = nil
        let (changed, event) = change(file, for: effect, in: state)
        if let changed {
          searches.cancel()
          state = changed
          searches = BackgroundSearches(index: changed.dossier.searchIndex)
          pendingCheck = nil
        }
        if let event { handleWithWaitingKeys(event) } else { terminal.draw(render(state)) }
      }
      if let check = pendingCheck, let damaged = check.foundDamage {
        pendingCheck = nil
        if damaged { handleWithWaitingKeys(.notice(Self.damagedCacheNotice)) }
      }
      if let completed = searches.completed() { handleWithWaitingKeys(completed) }
      let timeout = searches.isIdle && pendingCheck == nil ? nil : Self.pollMilliseconds
      guard let event = terminal.nextEvent(timeoutMilliseconds: timeout) else {
        isFinished = terminal.inputEnded
        continue
      }
      handleWithWaitingKeys(event)
    }
  }
}

/// The background searches of a session: at most one runs; a newer query stops it and
/// runs once it has stopped.
private struct BackgroundSearches {
  let index: SearchIndex
  private var running: RunningSearch?
  private var wanted: String?
  private var keeping: (@Sendable (Int) -> Bool)?

  init(index: SearchIndex) {
    self.index = index
  }

  /// True when no search runs or waits.
  var isIdle: Bool { running == nil && wanted == nil }

  /// Asks for `query`'s results among the entities `keeps` keeps (all when nil: the
  /// browser's filter), stopping a search for another query.
  mutating func want(_ query: String, keeping keeps: (@Sendable (Int) -> Bool)?) {
    let runsQuery = running.map { $0.query == query && !$0.cancellation.isCancelled } ?? false
    if !runsQuery { running?.cancellation.cancel() }
    wanted = runsQuery ? nil : query
    keeping = keeps
  }

  /// Stops the running search and forgets the one waiting.
  mutating func cancel() {
    running?.cancellation.cancel()
    wanted = nil
  }

  /// The results of the search that has just finished, if one has and was not stopped;
  /// starts the query waiting, if any, once no search runs.
  mutating func completed() -> InputEvent? {
    var event: InputEvent?
    if let finished = running, let outcome = finished.work.value {
      running = nil
      event = outcome.map { .searchCompleted(query: finished.query, hits: $0) }
    }
    if running == nil, let query = wanted {
      running = RunningSearch(query: query, in: index, keeping: keeping)
      wanted = nil
    }
    return event
  }
}

/// A search on a thread of its own, which the session stops when it becomes stale.
private struct RunningSearch {
  let query: String
  let cancellation = SearchCancellation()
  let work: BackgroundWork<[SearchHit]?>

  /// Starts searching `index` for `query` among the entities `keeps` keeps, for the
  /// browser's result list.
  init(query: String, in index: SearchIndex, keeping keeps: (@Sendable (Int) -> Bool)?) {
    self.query = query
    let cancellation = self.cancellation
    work = BackgroundWork {
      index.search(
        SearchQuery(query), kinds: Set(EntityKind.allCases), limit: BrowserState.resultLimit,
        keeping: keeps, cancellation: cancellation)
    }
  }
}
