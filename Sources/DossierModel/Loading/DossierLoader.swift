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
    let bytes = try readFile(path)
    let readDuration = clock.now - start
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var result = try loadMeasured(
      bytes: bytes, fileName: path, progress: progress,
      readTextFile: { name in readTextFile(named: name, in: folder) })
    result.timings.parse += readDuration
    return result
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

    let indexStart = clock.now
    let dossier = Dossier(indexing: content)
    timings.index = clock.now - indexStart
    return (dossier, timings)
  }

  private static func readFile(_ path: String) throws(DossierLoadError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DossierLoadError(problems: [
        LoadProblem(file: path, line: nil, column: nil, message: "no such file")
      ])
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      let reason = isDirectory.boolValue ? "is a directory, not a dossier file" : "cannot be read"
      throw DossierLoadError(problems: [
        LoadProblem(file: path, line: nil, column: nil, message: reason)
      ])
    }
    return [UInt8](data)
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
