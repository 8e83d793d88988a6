import DossierModel

/// A list to pick from: the marks, or the places in history.
public struct Picker: Sendable, Equatable {
  /// What is listed.
  public enum Kind: Sendable, Equatable {
    /// The marked entities, oldest first.
    case marks
    /// The places in history, oldest first, the current one shown.
    case history
  }

  /// What is listed.
  public let kind: Kind
  /// The line the cursor is on.
  public internal(set) var cursor: Int
}

extension BrowserState {
  /// The entity marking acts on: the one in the detail when it has the focus (or the
  /// source's), else the one selected in the active list.
  var currentEntity: Int? {
    navigation.focus == .detail || navigation.source != nil
      ? navigation.detailEntity : selectedEntity(in: navigation.activeList)
  }

  /// The marked entities that are in the dossier, as indices.
  public var markedEntities: [Int] { marks.compactMap(dossier.entityIndex(id:)) }

  /// Marks the current entity, or unmarks it, and asks for the marks to be kept.
  mutating func toggleMark() {
    guard let entity = currentEntity else {
      message = "Nothing selected to mark"
      return
    }
    let id = dossier.entities.id(at: entity)
    let name = SafeText.neutralized(dossier.entities.name(at: entity))
    if let position = marks.firstIndex(of: id) {
      marks.remove(at: position)
      message = "Unmarked \(name)"
    } else {
      marks.append(id)
      let key = keymap.keys(for: .showMarks, in: keyContext).first?.label ?? "'"
      message = "Marked \(name) · \(key) lists the marks"
    }
    emitted.append(.saveMarks(marks))
  }

  /// Opens the marks or the history list, the cursor on the newest mark or the current
  /// place.
  mutating func showPicker(_ kind: Picker.Kind) {
    switch kind {
    case .marks:
      guard !markedEntities.isEmpty else {
        let key = keymap.keys(for: .mark, in: keyContext).first?.label ?? "m"
        message = "No marks yet: \(key) marks the current entity"
        return
      }
      mode = .picking(Picker(kind: .marks, cursor: markedEntities.count - 1))
    case .history:
      mode = .picking(Picker(kind: .history, cursor: history.index))
    }
  }

  /// How many lines a picker lists.
  func pickerCount(_ kind: Picker.Kind) -> Int {
    kind == .marks ? markedEntities.count : history.entries.count
  }

  /// Keys in the marks or history list: move, Enter goes there (a new place for a mark,
  /// a step through history for a place), d removes a mark, Esc closes.
  mutating func handlePickerAction(_ action: Action?) {
    guard var picker else { return }
    let count = pickerCount(picker.kind)
    if let step = movingStep(action) {
      picker.cursor = max(0, min(count - 1, picker.cursor.addingClamped(step)))
      mode = .picking(picker)
      return
    }
    switch action {
    case .open:
      mode = .browsing
      pick(picker)
      return
    case .unmark where picker.kind == .marks:
      let id = dossier.entities.id(at: markedEntities[picker.cursor])
      marks.removeAll { $0 == id }
      emitted.append(.saveMarks(marks))
      guard !markedEntities.isEmpty else {
        mode = .browsing
        message = "No marks left"
        return
      }
      picker.cursor = min(picker.cursor, markedEntities.count - 1)
      mode = .picking(picker)
      return
    default:
      closeOrHelp(action)
    }
  }

  private mutating func pick(_ picker: Picker) {
    switch picker.kind {
    case .marks:
      let entity = markedEntities[picker.cursor]
      go(to: dossier.entities.id(at: entity))
    case .history:
      navigation = history.jump(to: picker.cursor, from: navigation)
      refreshVisibleLists()
    }
    keepSelectionVisible()
  }
}
