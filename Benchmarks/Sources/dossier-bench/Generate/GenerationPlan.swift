/// The three kinds of entity, as the generator names them.
enum GeneratedKind {
  case event
  case actor
  case project
}

/// How many of everything a synthetic dossier of `entities` entities holds, and how its
/// ids are spelled.
struct GenerationPlan {
  let entities: Int
  let seed: UInt64
  let events: Int
  let actors: Int
  let projects: Int
  /// Actors `hub-0` … `hub-<hubs - 1>`, which receive many links; `hub-0` takes part in
  /// `hubZeroEventShare` of all events.
  let hubs: Int
  /// Sources without text, whose quotes are taken on trust.
  let plainSources: Int
  /// Sources with a text, which quotes from them must match verbatim.
  let textSources = 2

  /// The share of events `hub-0` takes part in: 12,500 events at a million entities,
  /// 1,250 at 100,000.
  let hubZeroEventShare = 0.0375

  init(entities: Int, seed: UInt64) {
    self.entities = entities
    self.seed = seed
    events = (entities + 2) / 3
    actors = (entities + 1) / 3
    projects = entities / 3
    hubs = min(20, actors)
    plainSources = min(max(entities / 500, 10), 2_000)
  }

  /// Writes the id of entity `index` of `kind` as a JSON string: `"e12"`, `"a7"`,
  /// `"p3"`, or `"hub-0"` for the hubs.
  func writeID(_ kind: GeneratedKind, _ index: Int, to output: OutputBuffer) {
    switch kind {
    case .event: output.write("\"e")
    case .actor: output.write(index < hubs ? "\"hub-" : "\"a")
    case .project: output.write("\"p")
    }
    output.write(decimal: index)
    output.write(UInt8(ascii: "\""))
  }
}
