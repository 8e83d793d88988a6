import DossierBrowser
import DossierModel
import FoundationEssentials

/// The file a dossier was read from, and how to read it again: what `e` and `R` need.
struct EditableFile: Sendable {
  /// The file's path, as given.
  let path: String
  /// Loads the file again (through the cache, which sees that it changed).
  let load: @Sendable (LoadProgress) -> Result<LoadedDossier, DossierLoadError>
}

extension BrowserSession {
  /// What the status bar says when the dossier has no file to edit or reload (`verb`):
  /// the built-in one, or one read from the standard input.
  func noFileNotice(_ verb: String) -> String {
    fileName == DataOptions.standardInputName
      ? "The standard input has no file to \(verb): save it to a file and open that"
      : "The built-in dossier has no file to \(verb): open one with --data FILE"
  }

  /// Carries out `e` (the editor, then a reload) or `R` (a reload): the browser on the
  /// dossier read again, at the same entity, with the same marks, and what to tell the
  /// user; or no new browser, with the problems of a file that no longer loads (the
  /// dossier shown stays).
  func change(_ file: EditableFile?, for effect: Effect, in state: BrowserState) -> (
    state: BrowserState?, event: InputEvent?
  ) {
    guard let file else {
      if case .reload = effect { return (nil, .notice(noFileNotice("reload"))) }
      return (nil, .notice(noFileNotice("edit")))
    }
    var entity: String?
    var editorProblem: String?
    switch effect {
    case .edit(let id):
      entity = id
      let line = id.flatMap { id in
        (try? Data(contentsOf: URL(fileURLWithPath: file.path))).flatMap {
          EntityLine.find(id, in: Array($0))
        }
      }
      switch terminal.runOutside({ EditorLauncher.edit(path: file.path, line: line) }) {
      case .edited: break
      case .endedBadly(let problem): editorProblem = problem
      case .notRun(let problem): return (nil, .notice(problem))
      }
    case .reload(let id): entity = id
    default: return (nil, nil)
    }
    let progress = LoadProgress()
    guard let loaded = awaitLoad(BackgroundWork { file.load(progress) }, progress: progress)
    else { return (nil, .notice("Reload stopped: the dossier shown is the one before")) }
    switch loaded {
    case .failure(let error):
      return (nil, .loadFailed(error.problems.map(\.description)))
    case .success(let loaded):
      let size = terminal.size
      var next = BrowserState(
        dossier: loaded.dossier, rows: size.rows, columns: size.columns, keymap: keymap,
        marks: state.marks)
      if let entity, loaded.dossier.entityIndex(id: entity) != nil {
        next = update(next, .open(entityID: entity)).state
      }
      let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
      return (next, .notice((editorProblem.map { $0 + "; " } ?? "") + "Reloaded " + name))
    }
  }
}
