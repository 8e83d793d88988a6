import BundledDossier
import DossierModel
import Testing

@testable import DossierBrowser

/// The bundled dossier, loaded once.
let bundled: Dossier = {
  do {
    return try BundledDossier.load()
  } catch {
    fatalError("the bundled dossier does not load: \(error)")
  }
}()

/// A browser on the bundled dossier at a size.
func browser(rows: Int = 40, columns: Int = 120) -> BrowserState {
  BrowserState(dossier: bundled, rows: rows, columns: columns)
}

/// The state after pressing `keys` in order.
func press(_ state: BrowserState, _ keys: Key...) -> BrowserState {
  keys.reduce(state) { update($0, .key($1)).state }
}

/// What the session must do after `key` is pressed in `state`.
func effects(of key: Key, in state: BrowserState) -> [Effect] {
  update(state, .key(key)).effects
}

/// The state after typing each character of `text` as a key.
func type(_ state: BrowserState, _ text: String) -> BrowserState {
  text.reduce(state) { update($0, .key(.character($1))).state }
}

/// The state after a resize.
func resize(_ state: BrowserState, rows: Int, columns: Int) -> BrowserState {
  update(state, .resize(rows: rows, columns: columns)).state
}

/// The index of the entity with `id`.
func entity(_ id: String) -> Int {
  guard let index = bundled.entityIndex(id: id) else { fatalError("no entity \(id)") }
  return index
}

/// The name of the entity the detail view shows.
func detailName(_ state: BrowserState) -> String? {
  state.navigation.detailEntity.map { state.dossier.entities[$0].name }
}

/// The entity on the selected row of a list.
func selectedName(_ state: BrowserState, _ pane: ListPane) -> String? {
  state.selectedEntity(in: pane).map { state.dossier.entities[$0].name }
}

/// Pads `text` with spaces to `width` display columns.
func padded(_ text: String, _ width: Int) -> String {
  DisplayWidth.padded(text, toColumns: width)
}

/// The text of the last row (the status bar).
func statusBar(_ canvas: Canvas) -> String {
  canvas.line(canvas.rows - 1)
}

/// The (row, column) positions whose cells have `style`.
func cells(with style: CellStyle, in canvas: Canvas) -> [(row: Int, column: Int)] {
  var found: [(row: Int, column: Int)] = []
  for row in 0..<canvas.rows {
    for column in 0..<canvas.columns where canvas[row, column].style == style {
      found.append((row, column))
    }
  }
  return found
}

/// The text of a row's cells with `style`, joined.
func text(with style: CellStyle, row: Int, in canvas: Canvas) -> String {
  (0..<canvas.columns).filter { canvas[row, $0].style == style }.map { canvas[row, $0].text }
    .joined()
}

/// The rows whose text contains `needle`.
func rows(containing needle: String, in canvas: Canvas) -> [Int] {
  (0..<canvas.rows).filter { canvas.line($0).contains(needle) }
}

/// Compares rows of a canvas with expected lines, reporting each mismatch with its row.
func expectLines(
  _ canvas: Canvas, _ expected: [Int: String], sourceLocation: SourceLocation = #_sourceLocation
) {
  for (row, line) in expected.sorted(by: { $0.key < $1.key }) {
    #expect(
      canvas.line(row) == line, "row \(row)", sourceLocation: sourceLocation)
  }
}

/// A deterministic random number generator (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
