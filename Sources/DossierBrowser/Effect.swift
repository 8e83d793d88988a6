/// What the session does after an update: the state says what the browser shows, an
/// effect what the world outside it must do. `update` returns them; nothing is polled.
public enum Effect: Hashable, Sendable {
  /// Search the dossier for this query in the background and send the results as a
  /// `.searchCompleted` event; a search still running for another query is stale.
  case search(String)
  /// Stop the background search: no query waits for results any more.
  case cancelSearch
  /// Paint the whole terminal again, not only what changed (Ctrl-L).
  case redraw
  /// Put this text on the clipboard (through the terminal: OSC 52).
  case copy(String)
  /// Open the dossier file in the user's editor at this entity (or its start), then load
  /// it again.
  case edit(entityID: String?)
  /// Load the dossier file again, keeping the entity shown.
  case reload(entityID: String?)
  /// Keep these marks (entity ids, oldest first) for the next run on this dossier.
  case saveMarks([String])
  /// End the browser.
  case quit
  /// End the browser as an interrupt ends a program: the terminal given back, then the
  /// interrupt signal's own ending, so that the shell sees it (status 130).
  case interrupt
  /// Stop the program and give the terminal back to the shell until it is continued.
  case suspend
}
