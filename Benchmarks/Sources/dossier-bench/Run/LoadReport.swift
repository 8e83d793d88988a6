/// What `dossier-bench run measure-load` prints as JSON: one load's phases and the
/// process's peak memory.
struct LoadReport: Codable {
  /// Reading and parsing the file, in milliseconds.
  var parse: Double
  /// Decoding and checking, in milliseconds.
  var validate: Double
  /// Building the indexes, in milliseconds.
  var index: Double
  /// The whole `loadMeasured(contentsOf:)` call, in milliseconds.
  var total: Double
  /// Peak resident set size of the loading process (`VmHWM`), in bytes.
  var peakMemory: Int
  /// How many entities were loaded.
  var entities: Int
}
