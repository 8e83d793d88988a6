import DossierBrowser
import DossierModel

/// The browser states the features benchmark starts from, and the key timed from each.
struct FeatureSteps {
  /// A frame at 60 Hz, the target of every step.
  static let frameMilliseconds = 16.0

  let dossier: Dossier

  /// Each step's name and its samples, in the order the user meets them.
  func measure(repetitions: Int) -> [(String, Samples)] {
    let start = BrowserState(dossier: dossier, rows: 60, columns: 200)
    var steps: [(String, BrowserState, Key)] = []
    steps.append(("f opens the filter panel (every facet counted)", start, .character("f")))
    let panel = press(start, .character("f"))
    steps.append(
      ("Space chooses the commonest event type (the panel recounts)", panel, .character(" ")))
    let chosen = press(panel, .character(" "))
    steps.append(("Enter applies the type filter", chosen, .enter))
    let filtered = press(chosen, .enter)
    steps.append(("j in the filtered timeline", filtered, .character("j")))
    steps.append(("F clears the filter", filtered, .character("F")))
    steps.append(("back to the unfiltered lists", filtered, .backspace))
    if let hub = dossier.mostLinked(limit: 1).first,
      let atHub = moved(panel, to: .linked(entity: hub, count: dossier.linkCount(of: hub)))
    {
      let name = dossier.entities.name(at: hub)
      steps.append(
        (
          "Enter applies \"linked to\" the most linked entity (\(name))",
          press(atHub, .character(" ")), .enter
        ))
    }
    if let atYears = moved(panel, to: .fromYear) {
      let range = press(atYears, .character(" "), .right, .right, .down, .character(" "), .left)
      steps.append(("Enter applies a range of years", range, .enter))
    }
    let detail = press(start, .enter, .enter)
    let name = dossier.entities.name(at: detail.navigation.detailEntity ?? 0).lowercased()
    let letters = Array(name.filter(\.isLetter).prefix(2))
    if letters.count == 2 {
      let typing = press(detail, .character("/"), .character(letters[0]))
      steps.append(
        ("a letter at the find prompt (detail of \(name))", typing, .character(letters[1])))
      let kept = press(typing, .character(letters[1]), .enter)
      steps.append(("n moves to the next match of the find", kept, .character("n")))
    }
    let manyMarks = (0..<100).map { dossier.entities.id(at: $0 * (dossier.entities.count / 100)) }
    let marked = BrowserState(dossier: dossier, rows: 60, columns: 200, marks: manyMarks)
    steps.append(("m marks the selected entity (100 marks kept)", marked, .character("m")))
    steps.append(("' lists 100 marks", marked, .character("'")))
    steps.append(("Enter jumps to a mark", press(marked, .character("'")), .enter))
    steps.append(("H lists the history", press(detail, .character("H")), .enter))
    return steps.map { name, state, key in
      var samples = Samples(.milliseconds)
      for _ in 0..<repetitions {
        samples.append(elapsed { _ = render(update(state, .key(key)).state) })
      }
      return (name, samples)
    }
  }

  /// The state after `keys`.
  private func press(_ state: BrowserState, _ keys: Key...) -> BrowserState {
    keys.reduce(state) { update($0, .key($1)).state }
  }

  /// The filter panel with its cursor on `item`, if the panel offers it.
  private func moved(_ panel: BrowserState, to item: FilterPanel.Item) -> BrowserState? {
    guard let position = panel.filterPanel?.items.firstIndex(of: item) else { return nil }
    return (0..<position).reduce(panel) { state, _ in press(state, .down) }
  }
}
