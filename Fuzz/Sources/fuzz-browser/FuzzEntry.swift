import BundledDossier
import DossierBrowser
import DossierModel

/// The bundled dossier, loaded once for all inputs.
private let dossier: Dossier = {
  do {
    return try BundledDossier.load()
  } catch {
    fatalError("the bundled dossier does not load: \(error)")
  }
}()

/// libFuzzer's entry: a browser on the bundled dossier (its first byte says at what size
/// and whether searches run in the background) takes the events the other bytes decode
/// to, rendering after each and checking the invariants, until the bytes run out or a key
/// quits.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let setup = data[0]
  var state = BrowserState(
    dossier: dossier, rows: 1 + Int(setup % 16) * 4, columns: 1 + Int(setup / 16) * 12,
    searchesInBackground: setup & 1 == 1)
  let events = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  var decoder = EventDecoder(events, dossier: dossier)
  while let event = decoder.next(rows: state.rows, columns: state.columns) {
    let (next, effects) = update(state, event)
    state = next
    checkInvariants(state, render(state), after: event)
    if effects.contains(.quit) { break }
    decoder.note(effects)
  }
  return 0
}
