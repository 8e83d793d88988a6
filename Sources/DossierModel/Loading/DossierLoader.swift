import Foundation

/// How long each phase of a load took.
public struct LoadTimings: Sendable {
  /// Reading and parsing the JSON.
  public var parse: Duration = .zero
  /// Decoding fields and checking references and quotes.
  public var validate: Duration = .zero
  /// Building the indexes (timeline, links, search).
  public var index: Duration = .zero
}

/// Loads dossier files: parses, validates everything, and indexes.
///
/// A load either returns a complete dossier or throws every problem found; it never
/// returns part of a file.
public enum DossierLoader {
  /// Loads the dossier file at `path`. A source's `textFile` is read relative to the
  /// dossier's folder.
  public static func load(contentsOf path: String) throws(DossierLoadError) -> Dossier {
    try loadMeasured(contentsOf: path).dossier
  }

  /// Loads the dossier file at `path` and reports how long each phase took.
  public static func loadMeasured(contentsOf path: String, progress: LoadProgress? = nil)
    throws(DossierLoadError) -> (dossier: Dossier, timings: LoadTimings)
  {
    let clock = ContinuousClock()
    let start = clock.now
    var bytes = try readFile(path)
    let readDuration = clock.now - start
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var (content, timings) = try decode(
      bytes: bytes, fileName: path, progress: progress,
      readTextFile: { name in readTextFile(named: name, in: folder) })
    bytes = []
    timings.parse += readDuration
    return (index(content, timings: &timings), timings)
  }

  /// Loads a dossier from bytes; `fileName` names it in problem reports and `textFile`
  /// resolves a source's `textFile` to its contents.
  public static func load(
    bytes: [UInt8], fileName: String, textFile: @escaping (String) -> String? = { _ in nil }
  ) throws(DossierLoadError) -> Dossier {
    try loadMeasured(bytes: bytes, fileName: fileName, textFile: textFile).dossier
  }

  /// Loads a dossier from bytes, as `load(bytes:fileName:textFile:)` does, and reports how
  /// long each phase took.
  public static func loadMeasured(
    bytes: [UInt8], fileName: String, textFile: @escaping (String) -> String? = { _ in nil }
  ) throws(DossierLoadError) -> (dossier: Dossier, timings: LoadTimings) {
    try loadMeasured(
      bytes: bytes, fileName: fileName,
      readTextFile: { name in
        textFile(name).map { .success($0) }
          ?? .failure(TextFileError(message: "no text file named \"\(name)\""))
      })
  }

  static func loadMeasured(
    bytes: [UInt8], fileName: String, progress: LoadProgress? = nil,
    readTextFile: @escaping (String) -> Result<String, TextFileError>
  ) throws(DossierLoadError) -> (dossier: Dossier, timings: LoadTimings) {
    var (content, timings) = try decode(
      bytes: bytes, fileName: fileName, progress: progress, readTextFile: readTextFile)
    return (index(content, timings: &timings), timings)
  }

  /// Parses and validates, timing both; the bytes are no longer needed afterwards.
  private static func decode(
    bytes: [UInt8], fileName: String, progress: LoadProgress?,
    readTextFile: @escaping (String) -> Result<String, TextFileError>
  ) throws(DossierLoadError) -> (DossierContent, LoadTimings) {
    let clock = ContinuousClock()
    var timings = LoadTimings()
    let problems = ProblemCollector(bytes: bytes)

    let decodeStart = clock.now
    var validateDuration = Duration.zero
    let decoded: Result<DossierContent?, JSONSyntaxError> = bytes.withUnsafeBufferPointer {
      buffer in
      var decoder = ContentDecoder(
        bytes: buffer, problems: problems, readTextFile: readTextFile, progress: progress)
      return Result { () throws(JSONSyntaxError) -> DossierContent? in
        let content = try decoder.decode()
        progress?.enter(.indexing)
        let validateStart = clock.now
        defer { validateDuration = clock.now - validateStart }
        guard let content, decoder.validate(content) else { return nil }
        return content
      }
    }
    timings.validate = validateDuration
    timings.parse = clock.now - decodeStart - validateDuration
    let content: DossierContent
    switch decoded {
    case .failure(let error):
      let syntax = ProblemCollector(bytes: bytes)
      syntax.report(error.message, at: error.offset)
      throw DossierLoadError(problems: syntax.problems(file: fileName))
    case .success(let decodedContent):
      guard let decodedContent else {
        throw DossierLoadError(problems: problems.problems(file: fileName))
      }
      content = decodedContent
    }
    return (content, timings)
  }

  private static func index(_ content: DossierContent, timings: inout LoadTimings) -> Dossier {
    let clock = ContinuousClock()
    let start = clock.now
    let dossier = Dossier(indexing: content)
    timings.index = clock.now - start
    return dossier
  }

  /// The file's bytes, read straight into one array (no intermediate copy).
  private static func readFile(_ path: String) throws(DossierLoadError) -> [UInt8] {
    func failure(_ message: String) -> DossierLoadError {
      DossierLoadError(problems: [LoadProblem(file: path, line: nil, column: nil, message: message)]
      )
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw failure("no such file")
    }
    guard !isDirectory.boolValue else { throw failure("is a directory, not a dossier file") }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw failure("cannot be read") }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure("cannot be read") }
    let size = Int(status.st_size)
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      while count < size {
        let got = read(descriptor, buffer.baseAddress! + count, size - count)
        guard got > 0 else {
          complete = got == 0 && count == size
          break
        }
        count += got
      }
    }
    guard complete, bytes.count == size else { throw failure("cannot be read") }
    return bytes
  }

  /// Reads a source's text file, which must lie in the dossier's folder or below it.
  private static func readTextFile(named name: String, in folder: URL) -> Result<
    String, TextFileError
  > {
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    guard !name.isEmpty, !name.hasPrefix("/"), !components.contains("..") else {
      return .failure(
        TextFileError(
          message: "\"\(name)\" must be a relative path inside the dossier's folder (no \"..\")"))
    }
    let url = folder.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return .failure(TextFileError(message: "cannot read text file \"\(url.path)\""))
    }
    guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
      return .failure(TextFileError(message: "text file \"\(url.path)\" is not valid UTF-8"))
    }
    return .success(text)
  }
}
