import Dispatch
import FoundationEssentials
import Glibc

/// Keeps what loading a dossier file produced (content, warnings, search indexes) as a
/// snapshot in a folder, so that opening the unchanged file again skips parsing and
/// indexing.
///
/// A snapshot is used only when every file it was read from (the dossier and the source
/// text files) has the same device, inode, size, modification and status-change time as
/// when it was written; a file changed less than `FileIdentity.racyWindow` before it was
/// read is not cached at all, since a second change within the same tick of the file
/// system's clock could not be told apart. A snapshot that is damaged, truncated, of
/// another version or not a snapshot is rebuilt. Snapshots are written under a temporary
/// name and renamed into place, so that several processes can open the same file at once.
/// The folder is kept under `maxBytes`, the least recently used snapshots going first.
public struct DossierCache: Sendable {
  /// The folder the snapshots are kept in.
  public let directory: String
  /// The most the snapshots may take together, in bytes.
  public let maxBytes: Int

  /// 4 GiB.
  public static let defaultMaxBytes = 4 << 30

  /// How recently a file may have changed and still be cached, in nanoseconds.
  let racyWindow: Int

  /// A cache in `directory`, created when first written.
  public init(directory: String, maxBytes: Int = DossierCache.defaultMaxBytes) {
    self.init(directory: directory, maxBytes: maxBytes, racyWindow: FileIdentity.racyWindow)
  }

  /// A cache that trusts files changed more than `racyWindow` nanoseconds before they are
  /// read (tests use a shorter window than the file systems' coarsest 2 s).
  init(directory: String, maxBytes: Int, racyWindow: Int) {
    self.directory = directory
    self.maxBytes = maxBytes
    self.racyWindow = racyWindow
  }

  /// `$XDG_CACHE_HOME/dossier`, or `~/.cache/dossier`; `DOSSIER_CACHE_MAX_MB` sets the
  /// size limit (0 turns the cache off). Nil when there is no home to put it in.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> DossierCache?
  {
    guard
      let base = BaseDirectory.path("XDG_CACHE_HOME", orHome: ".cache", environment: environment)
    else { return nil }
    let megabytes = environment["DOSSIER_CACHE_MAX_MB"].flatMap { Int($0) }
    if let megabytes, megabytes <= 0 { return nil }
    return DossierCache(
      directory: base + "/dossier",
      maxBytes: megabytes.map { min($0, 1 << 30) << 20 } ?? defaultMaxBytes)
  }

  /// What the cache did for one load.
  public enum Outcome: Sendable, Equatable, CustomStringConvertible {
    /// The snapshot was used.
    case used
    /// The file was loaded and its snapshot written.
    case written
    /// The file was loaded; its snapshot is being written on a thread of its own.
    case writingInBackground
    /// The file was loaded; no snapshot was written, for this reason.
    case notWritten(String)

    /// "used", "written", or "not written (reason)".
    public var description: String {
      switch self {
      case .used: "used"
      case .written: "written"
      case .writingInBackground: "being written in the background"
      case .notWritten(let reason): "not written (\(reason))"
      }
    }
  }

  /// Loads the dossier file at `path` from its snapshot when there is a current one, or
  /// else from the file (then writing a snapshot); `cacheOutcome` says which.
  ///
  /// For the browser, whose first frame should wait neither for reading nor for writing a
  /// whole snapshot: with `checksInBackground`, a snapshot's checksum is verified on a
  /// thread of its own while the dossier is used (`snapshotCheck`); with
  /// `writesInBackground`, a new snapshot is written on a thread of its own after the load.
  /// Otherwise both happen before `load` returns.
  public func load(
    path: String, format: DossierFileFormat? = nil, progress: LoadProgress? = nil,
    checksInBackground: Bool = false, writesInBackground: Bool = false
  ) throws(DossierLoadError) -> LoadedDossier {
    var (loaded, outcome) = try loadWithOutcome(
      path: path, format: format, progress: progress, checksInBackground: checksInBackground,
      writesInBackground: writesInBackground)
    loaded.cacheOutcome = outcome
    return loaded
  }

  private func loadWithOutcome(
    path: String, format: DossierFileFormat?, progress: LoadProgress?, checksInBackground: Bool,
    writesInBackground: Bool
  ) throws(DossierLoadError) -> (LoadedDossier, Outcome) {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
      let loaded = try DossierLoader.load(.file(path: path), format: format, progress: progress)
      return (loaded, .notWritten("not a regular file: read as a stream"))
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard let canonical = Self.realPath(path), let textFolder = Self.realPath(folder) else {
      let loaded = try DossierLoader.load(.file(path: path), format: format, progress: progress)
      return (loaded, .notWritten("the file's path cannot be resolved"))
    }
    let key = Self.key(canonical, format, textFolder: textFolder)
    let snapshotPath = directory + "/" + key + ".snapshot"
    if let loaded = readSnapshot(snapshotPath, canonical, path, checksInBackground) {
      touch(snapshotPath)
      return (loaded, .used)
    }
    let before = FileIdentity(path: canonical)
    let readStart = FileIdentity.now()
    let loaded = try DossierLoader.load(.file(path: path), format: format, progress: progress)
    guard let before, FileIdentity(path: canonical) == before else {
      return (loaded, .notWritten("the file changed while it was read"))
    }
    var files = [before]
    for textFile in loaded.textFiles {
      guard let identity = FileIdentity(path: textFile) else {
        return (loaded, .notWritten("a text file cannot be read again"))
      }
      files.append(identity)
    }
    guard !files.contains(where: { $0.isRacy(comparedTo: readStart, window: racyWindow) }) else {
      return (loaded, .notWritten("the file changed too recently to tell a further change"))
    }
    // The program too: a snapshot is only read by the build that wrote it.
    if let program = FileIdentity(path: "/proc/self/exe") { files.append(program) }
    guard writesInBackground else {
      return (loaded, write(loaded, files: files, fileName: path, to: snapshotPath))
    }
    let read = files
    DispatchQueue.global(qos: .utility).async { [self] in
      _ = write(loaded, files: read, fileName: path, to: snapshotPath)
    }
    return (loaded, .writingInBackground)
  }

  /// The dossier in a current, undamaged snapshot, read in place from a mapping of the
  /// file (which writers never change once renamed into place); nil when there is none.
  private func readSnapshot(
    _ snapshotPath: String, _ canonical: String, _ givenPath: String, _ checksInBackground: Bool
  ) -> LoadedDossier? {
    let clock = ContinuousClock()
    let start = clock.now
    let descriptor = open(snapshotPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size >= DossierSnapshot.headerSize
    else { return nil }
    let size = Int(status.st_size)
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      mapped != MAP_FAILED
    else { return nil }
    let memory = ColumnMemory(base: UnsafeRawPointer(mapped)) { base in
      munmap(UnsafeMutableRawPointer(mutating: base), size)
    }
    let bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    do {
      var loaded = try DossierSnapshot.decode(
        bytes, memory: memory, fileName: givenPath,
        checksum: checksInBackground
          ? nil
          : { body in
            SnapshotChecksum.of(
              descriptor: descriptor, offset: DossierSnapshot.headerSize, count: body.count) ?? 0
          },
        isCurrent: { files in
          files.first?.path == canonical
            && files.allSatisfy { FileIdentity(path: $0.path) == $0 }
        })
      loaded.timings.parse = clock.now - start
      if checksInBackground {
        loaded.snapshotCheck = SnapshotCheck(
          descriptor: dup(descriptor), path: snapshotPath,
          expected: DossierSnapshot.recordedChecksum(bytes),
          bodyCount: size - DossierSnapshot.headerSize)
      }
      return loaded
    } catch {
      return nil
    }
  }

  /// Writes the snapshot under a temporary name, renames it into place, then trims the
  /// folder to `maxBytes`.
  private func write(
    _ loaded: LoadedDossier, files: [FileIdentity], fileName: String, to snapshotPath: String
  ) -> Outcome {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      return .notWritten("cannot create \(directory)")
    }
    trim(keeping: snapshotPath)
    let temporary = snapshotPath + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    guard DossierSnapshot.write(loaded, files: files, fileName: fileName, to: temporary) else {
      unlink(temporary)
      return .notWritten("cannot write to \(directory)")
    }
    guard let written = FileIdentity(path: temporary), written.size <= maxBytes else {
      unlink(temporary)
      return .notWritten("the snapshot would be larger than the cache's limit")
    }
    guard rename(temporary, snapshotPath) == 0 else {
      unlink(temporary)
      return .notWritten("cannot write to \(directory)")
    }
    trim(keeping: snapshotPath)
    return .written
  }

  /// Deletes the least recently used snapshots until the rest fit in `maxBytes`, and
  /// temporary files left over by writers that ended before renaming them.
  private func trim(keeping kept: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return
    }
    var snapshots: [(path: String, used: Int, size: Int)] = []
    for name in names {
      let path = directory + "/" + name
      guard let identity = FileIdentity(path: path) else { continue }
      if name.hasSuffix(".tmp"), Self.writerIsGone(temporaryName: name) {
        unlink(path)
      } else if name.hasSuffix(".snapshot") {
        snapshots.append((path, identity.modified, identity.size))
      }
    }
    var total = 0
    for snapshot in snapshots.sorted(by: { $0.used > $1.used }) {
      total += snapshot.size
      if total > maxBytes && snapshot.path != kept { unlink(snapshot.path) }
    }
  }

  /// Whether the process that was writing a temporary snapshot (`KEY.snapshot.PID.N.tmp`)
  /// has ended without renaming it: a browser quit before its background write finished.
  static func writerIsGone(temporaryName name: String) -> Bool {
    let parts = name.split(separator: ".")
    guard parts.count >= 3, let pid = pid_t(parts[parts.count - 3]) else { return true }
    return kill(pid, 0) != 0 && errno == ESRCH
  }

  /// `path` with every symbolic link resolved, or nil when it cannot be.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Marks a snapshot as just used, for `trim`.
  private func touch(_ path: String) {
    utimes(path, nil)
  }

  /// The snapshot's file name: a hash of the file's canonical path, the format asked for,
  /// and the folder source text files are read from (the folder of the path as given,
  /// which differs from the file's own when it is opened through a symbolic link).
  static func key(_ canonicalPath: String, _ format: DossierFileFormat?, textFolder: String)
    -> String
  {
    FNV1a.hex([canonicalPath, format?.rawValue ?? "", textFolder].joined(separator: "\u{0}"))
  }
}
