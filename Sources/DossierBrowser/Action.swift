/// Every user action, declared once with its description; the key map, the help screen and
/// the status-bar hints are all generated from this table, so they cannot disagree.
public enum Action: String, CaseIterable, Sendable {
  /// Move the selection up one item (scroll, where nothing is selected).
  case moveUp
  /// Move the selection down one item.
  case moveDown
  /// Move up one page.
  case pageUp
  /// Move down one page.
  case pageDown
  /// Go to the first item.
  case first
  /// Go to the last item.
  case last
  /// Focus the next pane.
  case nextPane
  /// Focus the previous pane.
  case previousPane
  /// Show the timeline.
  case showTimeline
  /// Show the actors.
  case showActors
  /// Show the projects.
  case showProjects
  /// Open what is selected: the entity, the link, the quote's source, the search result.
  case open
  /// Open the source document of the selected quote.
  case openSource
  /// Go back in history.
  case back
  /// Go forward in history.
  case forward
  /// Start a search of the dossier's entities.
  case search
  /// Find in the text shown.
  case find
  /// Narrow the lists: by type, years, linked entity.
  case filter
  /// Clear the filter.
  case clearFilter
  /// Copy the selected id, link or quote to the clipboard.
  case copy
  /// Mark the current entity, or unmark it.
  case mark
  /// List the marks to jump to one.
  case showMarks
  /// List the places in history to jump to one.
  case showHistory
  /// In the marks list: remove the mark under the cursor.
  case unmark
  /// Open the dossier file at the current entity in the editor, then load it again.
  case edit
  /// Load the dossier file again.
  case reload
  /// In the filter panel: choose the value under the cursor, or give it up.
  case toggle
  /// In the filter panel: a year earlier.
  case decrease
  /// In the filter panel: a year later.
  case increase
  /// Open the next search result.
  case nextResult
  /// Open the previous search result.
  case previousResult
  /// Show the help.
  case help
  /// Redraw the screen.
  case redraw
  /// Close the source view, the prompt or the help.
  case close
  /// Quit.
  case quit
  /// Quit at once, as Ctrl-C ends a program: the shell sees an interrupt (status 130).
  case interrupt
  /// Stop and give the terminal back to the shell until `fg`.
  case suspend
  /// At the prompt: highlight the next result.
  case nextMatch
  /// At the prompt: highlight the previous result.
  case previousMatch
  /// At the prompt: recall the query before the one shown.
  case olderQuery
  /// At the prompt: recall the query after the one shown.
  case newerQuery
  /// At the prompt: delete the last character.
  case deleteCharacter
  /// At the prompt: delete the last word.
  case deleteWord
  /// At the prompt: clear the query.
  case clearQuery

  /// What the action does in a context, for the help screen.
  public func summary(in context: KeyContext) -> String {
    switch (self, context) {
    case (.moveUp, .source), (.moveUp, .help): "scroll up"
    case (.moveDown, .source), (.moveDown, .help): "scroll down"
    case (.open, .lists): "show the entity in the detail"
    case (.open, .detail): "follow the link, open the quote's source, or show all links"
    case (.open, .search): "open the highlighted result"
    case (.open, .find): "keep the find: n/N move between its matches"
    case (.open, .filter): "apply the filter"
    case (.open, .picker): "go there"
    case (.close, .picker): "close the list"
    case (.close, .problems): "close: back to the dossier as it was"
    case (.close, .filter): "cancel: keep the filter as it was"
    case (.clearFilter, .filter): "give up every choice"
    case (.moveUp, .filter): "previous value"
    case (.moveDown, .filter): "next value"
    case (.close, .find): "cancel: back to where the find began"
    case (.close, .detail): "clear the find's highlights"
    case (.nextResult, .detail), (.nextResult, .source): "next match of the find, else next result"
    case (.previousResult, .detail), (.previousResult, .source):
      "previous match of the find, else previous result"
    case (.close, .source): "clear the find, else close the source (back)"
    case (.close, .search): "cancel: back to where the search began"
    case (.close, .help): "close this help (any other key too)"
    case (.interrupt, .loading): "stop loading and quit at once (status 130)"
    case (.quit, .loading): "stop loading and quit"
    default: summary
    }
  }

  /// What the action does wherever it is bound.
  private var summary: String {
    switch self {
    case .moveUp: "move up"
    case .moveDown: "move down"
    case .pageUp: "page up"
    case .pageDown: "page down"
    case .first: "go to the top"
    case .last: "go to the bottom"
    case .nextPane: "next pane"
    case .previousPane: "previous pane"
    case .showTimeline: "timeline"
    case .showActors: "actors"
    case .showProjects: "projects"
    case .open: "open"
    case .openSource: "open the selected quote in its source"
    case .back: "back"
    case .forward: "forward"
    case .search: "search the entities: names, aliases, summaries, quotes"
    case .find: "find in this text (as less's /)"
    case .filter: "filter the lists: types, years, linked entity"
    case .clearFilter: "clear the filter"
    case .copy: "copy the selected id, link's id or quote (OSC 52)"
    case .mark: "mark the current entity, or unmark it"
    case .showMarks: "list the marks (kept for this dossier) to jump to one"
    case .showHistory: "list every place in history to jump to one"
    case .unmark: "remove the mark under the cursor"
    case .edit: "edit the file at this entity ($VISUAL, $EDITOR), then reload it"
    case .reload: "load the file again"
    case .toggle: "choose the value, or give it up"
    case .decrease: "a year earlier"
    case .increase: "a year later"
    case .nextResult: "next search result"
    case .previousResult: "previous search result"
    case .help: "help"
    case .redraw: "redraw the screen"
    case .close: "close"
    case .quit: "quit"
    case .interrupt: "quit at once (the shell sees an interrupt: status 130)"
    case .suspend: "suspend: back to the shell until fg"
    case .nextMatch: "highlight the next result"
    case .previousMatch: "highlight the previous result"
    case .olderQuery: "recall an earlier search"
    case .newerQuery: "recall a later search"
    case .deleteCharacter: "delete a character"
    case .deleteWord: "delete a word"
    case .clearQuery: "clear the query"
    }
  }

  /// A one-word label for the status bar.
  public func hint(in context: KeyContext) -> String {
    switch self {
    case .close where context == .search || context == .find || context == .filter: "cancel"
    case .open where context == .find: "keep"
    case .open where context == .filter: "apply"
    case .toggle: "choose"
    case .open where context == .picker: "go"
    case .unmark: "unmark"
    case .open: "open"
    case .back: "back"
    case .forward: "forward"
    case .search: "search"
    case .help: "help"
    case .quit: "quit"
    case .close: "close"
    case .nextPane: "pane"
    case .openSource: "source"
    case .nextMatch: "next"
    case .olderQuery: "history"
    case .moveUp, .moveDown: "scroll"
    default: summary
    }
  }
}
