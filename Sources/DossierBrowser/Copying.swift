import DossierModel

extension BrowserState {
  /// The most characters copied at once: terminals refuse longer OSC 52 sequences.
  static let copyLimit = 50_000

  /// Copies what is selected: in a list, the entity's id; in the detail, the selected
  /// link's entity id or quote (the shown entity's id when neither is selected); in the
  /// source view, the quote it was opened at. Control characters are shown, not copied,
  /// so a paste cannot run anything.
  mutating func copySelection() {
    let copied: (text: String, what: String)?
    if let reading = navigation.source {
      copied = (reading.quote, "the quote")
    } else if navigation.focus == .detail, let item = selectedDetailItem {
      switch item {
      case .link(let linked): copied = (linked.entity.id, "the linked entity's id")
      case .evidence(let evidence): copied = (evidence.quote, "the quote")
      case .moreLinks:
        copied = navigation.detailEntity.map { (dossier.entities.id(at: $0), "the id") }
      }
    } else {
      let entity =
        navigation.focus == .detail
        ? navigation.detailEntity : selectedEntity(in: navigation.activeList)
      copied = entity.map { (dossier.entities.id(at: $0), "the id") }
    }
    guard let copied, !copied.text.isEmpty else {
      message = "Nothing selected to copy"
      return
    }
    let text = String(SafeText.neutralized(copied.text).prefix(Self.copyLimit))
    emitted.append(.copy(text))
    message =
      copied.what == "the quote"
      ? "Copied the quote (\(counted(text.count, "character")))" : "Copied \(copied.what) \(text)"
  }
}
