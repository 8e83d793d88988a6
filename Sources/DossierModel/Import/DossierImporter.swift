/// What every importer is given: the file's bytes and where to report problems.
struct ImportInput {
  /// The whole file.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Problems that make the file unloadable, located by byte offset.
  let problems: ProblemCollector
  /// Problems the format tolerates (partial exports): the load goes on.
  let warnings: ProblemCollector
  /// Told how far the importer has read.
  let progress: LoadProgress?
  /// Reads a native source's `textFile`.
  let readTextFile: (String) -> Result<String, TextFileError>
  /// The file's pages, when a reader may give them back as it passes them; nil when the
  /// bytes must stay (they are not a file's, or are small).
  var passedPages: PassedPages? = nil
}

/// An importer's output: the content and, for the validator, where each part was read.
struct ImportedContent {
  /// Everything read, before validation.
  var content: DossierContent
  /// Byte offset and path of each entity, in `content.entities` order; the validator
  /// reports duplicate ids there.
  var entityPositions: [ReadPosition] = []
  /// Byte offsets and path of each link's ends, in `content.links` order.
  var linkPositions: [LinkPosition] = []
  /// What to do with a link whose end is not in the file.
  var danglingLinks: DanglingLinkPolicy = .error
  /// True when the importer has checked ids, link ends, sources and quotes itself (the
  /// native reader does so as it streams) and the validator has nothing left to do.
  var isValidated = false
  /// Each entity id's index in `content.entities`, when the importer has built that table
  /// while checking ids; the indexer then uses it instead of building it again.
  var entityIDs: IDTable?
  /// Each link's two ends as indices in `content.entities`, when the importer has resolved
  /// them; they go with `entityIDs`.
  var linkEnds: LinkEnds?
  /// The bodies' word index, when the importer started building it early.
  var bodies: BackgroundValue<WordIndex>?
  /// The entities and links as records, when the importer wrote them (`content` then holds
  /// none).
  var tables: ContentTables?

  /// The entities and links as records: the importer's, or `content`'s written as records
  /// now; `content` holds none afterwards.
  mutating func takeTables() -> ContentTables {
    defer {
      tables = nil
      content.entities = []
      content.links = []
    }
    return tables ?? ContentTables(content)
  }
}

/// The entity indices of each link's two ends, by link index.
struct LinkEnds: Sendable {
  var from: [Int32]
  var to: [Int32]
}

/// Where something was read: a byte offset and a path for messages (`line 12`,
/// `events[3]`).
struct ReadPosition {
  let offset: Int
  let path: String
}

/// Where a link's two ends were read.
struct LinkPosition {
  let path: String
  let fromOffset: Int
  let toOffset: Int
  /// The property that named each end, for messages: `payer`, `from`.
  let fromKey: String
  let toKey: String
}

/// How a format treats a link to an entity that is not in the file.
enum DanglingLinkPolicy {
  /// The file is broken: report an error.
  case error
  /// Partial exports are normal in this format: warn and leave the link out.
  case warnAndDrop
}

/// One file format's reader: turns bytes into dossier content and reports what is wrong
/// with them, located. It never stops at the first problem, and never returns part of a
/// file without reporting why.
protocol DossierImporter {
  /// Reads the file; nil when nothing usable could be read (the problems say why).
  static func read(_ input: ImportInput) -> ImportedContent?
}
