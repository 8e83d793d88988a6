/// What a generated dossier holds, counted while it is written.
struct GenerationStats {
  var links = 0
  var evidence = 0
  /// Links pointing at each hub actor, `hub-0` first.
  var hubBacklinks: [Int]

  init(hubs: Int) {
    hubBacklinks = Array(repeating: 0, count: hubs)
  }
}
