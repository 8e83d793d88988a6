import FoundationEssentials
import Glibc
import Synchronization

/// How long each phase of a load took.
public struct LoadTimings: Sendable {
  /// Reading and parsing the JSON.
  public var parse: Duration = .zero
  /// Decoding fields and checking references and quotes.
  public var validate: Duration = .zero
  /// Building the indexes (timeline, links, search).
  public var index: Duration = .zero
}

/// A loaded dossier with what it took to load it.
public struct LoadedDossier: Sendable {
  /// The dossier.
  public let dossier: Dossier
  /// How long each phase took.
  public internal(set) var timings: LoadTimings
  /// The format the file was read as.
  public let format: DossierFileFormat
  /// The paths of the source text files read besides the dossier file.
  var textFiles: [String] = []
  /// What the cache did, when the dossier was loaded through one.
  public internal(set) var cacheOutcome: DossierCache.Outcome?
  /// The check of the snapshot the dossier was read from, when it runs in the background.
  public internal(set) var snapshotCheck: SnapshotCheck?
}

/// Loads dossiers in every format: reads the bytes, lets the format's importer decode
/// them, validates, and indexes.
///
/// A load either returns a complete dossier or throws every problem found; it never
/// returns part of a file. Problems a format tolerates (an FtM reference to an entity not
/// in the file) come back as the dossier's `warnings`.
public enum DossierLoader {
  /// Loads a dossier. `format` forces a format; without it the format is detected from
  /// the content. `progress` is told how far the load has got.
  public static func load(
    _ input: DossierInput, format: DossierFileFormat? = nil, progress: LoadProgress? = nil
  ) throws(DossierLoadError) -> LoadedDossier {
    let clock = ContinuousClock()
    let start = clock.now
    var bytes: [UInt8]
    let readTextFile: (String) -> Result<String, TextFileError>
    var readAgain: (@Sendable () -> [UInt8]?)?
    let textFiles = TextFileLog()
    switch input {
    case .file(let path):
      bytes = try readFile(path)
      readAgain = { try? readFile(path) }
      if bytes.count >= NativeImporter.twoHalvesMinimumSize { FreedMemory.goesBackToTheSystem() }
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      readTextFile = { name in
        textFiles.record(folder.appendingPathComponent(name).path)
        return Self.readTextFile(named: name, in: folder)
      }
    case .bytes(let given, _, let textFile):
      bytes = given
      readTextFile = { name in
        textFile(name).map { .success($0) }
          ?? .failure(TextFileError(message: "no text file named \"\(name)\""))
      }
    case .stream(let descriptor, let name):
      do throws(StreamFailure) {
        bytes = try StreamReading.read(descriptor)
      } catch {
        throw DossierLoadError(
          problems: [LoadProblem(file: name, line: nil, column: nil, message: error.message)])
      }
      let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      readTextFile = { name in
        textFiles.record(folder.appendingPathComponent(name).path)
        return Self.readTextFile(named: name, in: folder)
      }
    }
    let readDuration = clock.now - start
    let fileName = input.fileName
    var (content, warnings, chosen, decoded) = try decode(
      bytes: bytes, fileName: fileName, format: format, progress: progress,
      readTextFile: readTextFile, readAgain: readAgain)
    bytes = []
    var timings = decoded
    timings.parse += readDuration
    let indexStart = clock.now
    let tables = content.takeTables()
    let dossier = Dossier(
      indexing: tables, of: content.content, warnings: warnings, entityIDs: content.entityIDs,
      linkEnds: content.linkEnds, bodies: content.bodies)
    timings.index = clock.now - indexStart
    return LoadedDossier(
      dossier: dossier, timings: timings, format: chosen, textFiles: textFiles.paths)
  }

  /// Detects the format, imports and validates, timing both; the bytes are no longer
  /// needed afterwards. With `readAgain` (which reads the file anew), the importer may give
  /// back the bytes' pages as it passes them.
  private static func decode(
    bytes: [UInt8], fileName: String, format: DossierFileFormat?, progress: LoadProgress?,
    readTextFile: @escaping (String) -> Result<String, TextFileError>,
    readAgain: (@Sendable () -> [UInt8]?)?
  ) throws(DossierLoadError) -> (ImportedContent, [LoadProblem], DossierFileFormat, LoadTimings) {
    let clock = ContinuousClock()
    var timings = LoadTimings()
    let problems = ProblemCollector(bytes: bytes)
    let warnings = ProblemCollector(bytes: bytes)
    let decodeStart = clock.now
    let (content, chosen): (ImportedContent?, DossierFileFormat) = bytes.withUnsafeBufferPointer {
      buffer in
      let chosen = format ?? DossierFileFormat.detect(buffer)
      var input = ImportInput(
        bytes: buffer, problems: problems, warnings: warnings, progress: progress,
        readTextFile: readTextFile)
      input.passedPages = readAgain.map { PassedPages(of: buffer, readFileAgain: $0) }
      guard let imported = chosen.importer.read(input) else { return (nil, chosen) }
      timings.parse = clock.now - decodeStart
      progress?.enter(.indexing)
      let validateStart = clock.now
      defer { timings.validate = clock.now - validateStart }
      return (ContentValidator.validate(imported, input: input), chosen)
    }
    guard let content, problems.isEmpty else {
      if problems.isEmpty {
        problems.report("nothing could be read as \(chosen.rawValue)", at: nil)
      }
      throw DossierLoadError(problems: problems.problems(file: fileName))
    }
    return (content, warnings.problems(file: fileName), chosen, timings)
  }

  /// The bytes of the file at `path`, read straight into one array (no intermediate
  /// copy), by two threads when it has at least `twoReadersFrom` bytes. What is not a
  /// regular file with a size (a pipe, a FIFO, a device, a /proc file) is read as a
  /// stream of at most `streamLimit` bytes, a named FIFO given up after `fifoWait`
  /// milliseconds without a byte.
  static func readFile(
    _ path: String, twoReadersFrom minimumSize: Int = twoReadersMinimumSize,
    streamLimit: Int = StreamReading.standardLimit,
    fifoWait: Int32 = StreamReading.fifoWaitMilliseconds
  ) throws(DossierLoadError) -> [UInt8] {
    func failure(_ message: String) -> DossierLoadError {
      DossierLoadError(problems: [LoadProblem(file: path, line: nil, column: nil, message: message)]
      )
    }
    func reason() -> String { String(cString: strerror(errno)) }
    var found = stat()
    guard stat(path, &found) == 0 else {
      throw failure(errno == ENOENT ? "no such file" : "cannot be read: \(reason())")
    }
    switch found.st_mode & S_IFMT {
    case S_IFDIR: throw failure("is a directory, not a dossier file")
    case S_IFSOCK: throw failure("is a socket, not a dossier file")
    default: break
    }
    // A FIFO is opened without waiting for a writer; the stream reading waits a while.
    let noWait = found.st_mode & S_IFMT == S_IFIFO ? O_NONBLOCK : 0
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | noWait)
    guard descriptor >= 0 else { throw failure("cannot be read: \(reason())") }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure("cannot be read: \(reason())") }
    guard status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
      do throws(StreamFailure) {
        return try StreamReading.read(
          descriptor, limit: streamLimit, fifoWaitMilliseconds: fifoWait)
      } catch {
        throw failure(error.message)
      }
    }
    let size = Int(status.st_size)
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      let target = FileTarget(descriptor: descriptor, buffer: buffer)
      let filled =
        size >= minimumSize
        ? ParallelPair({ target.fill(0..<size / 2) }, { target.fill(size / 2..<size) })
          .both : target.fill(0..<size)
      count = filled ? size : 0
    }
    guard bytes.count == size else { throw failure("cannot be read") }
    return bytes
  }

  /// Files at least this large are read by two threads at once, a half each (copying a
  /// large file from the page cache takes a core a while).
  static let twoReadersMinimumSize = 32 << 20

  /// Reads a source's text file, which must lie in the dossier's folder or below it, once
  /// every symbolic link on its way is resolved, and be a regular file.
  private static func readTextFile(named name: String, in folder: URL) -> Result<
    String, TextFileError
  > {
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    guard !name.isEmpty, !name.hasPrefix("/"), !components.contains("..") else {
      return .failure(
        TextFileError(
          message: "\"\(name)\" must be a relative path inside the dossier's folder (no \"..\")"))
    }
    let path = folder.appendingPathComponent(name).path
    guard let resolvedFolder = resolved(folder.path), let resolvedPath = resolved(path) else {
      return .failure(TextFileError(message: "cannot read text file \"\(path)\""))
    }
    guard resolvedPath.hasPrefix(resolvedFolder == "/" ? "/" : resolvedFolder + "/") else {
      return .failure(
        TextFileError(
          message:
            "text file \"\(path)\" leads out of the dossier's folder (to \"\(resolvedPath)\")"
        ))
    }
    var status = stat()
    guard stat(resolvedPath, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return .failure(TextFileError(message: "text file \"\(path)\" is not a regular file"))
    }
    guard let data = FileManager.default.contents(atPath: resolvedPath) else {
      return .failure(TextFileError(message: "cannot read text file \"\(path)\""))
    }
    guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
      return .failure(TextFileError(message: "text file \"\(path)\" is not valid UTF-8"))
    }
    return .success(text)
  }

  /// `path` with every symbolic link, `.` and `..` resolved; nil when it does not exist.
  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}

/// An open file and the memory it is read into, a part at a time, by one thread or two
/// (each writing its own part of the buffer).
private struct FileTarget: @unchecked Sendable {
  let descriptor: Int32
  let buffer: UnsafeMutableBufferPointer<UInt8>

  /// Reads the file's bytes at `range` into the same range of the buffer; false when the
  /// file ends before, or a read fails (other than by a signal, which is read through).
  func fill(_ range: Range<Int>) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      let got = pread(
        descriptor, buffer.baseAddress! + offset, range.upperBound - offset, off_t(offset))
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { return false }
      offset += got
    }
    return true
  }
}

/// The text files a load read, in the order read.
private final class TextFileLog: Sendable {
  private let recorded = Mutex<[String]>([])

  func record(_ path: String) {
    recorded.withLock { $0.append(path) }
  }

  var paths: [String] { recorded.withLock { $0 } }
}
