import DossierModel
import FoundationEssentials
import Glibc

/// Where the marks of one dossier are kept between runs:
/// `$XDG_STATE_HOME/dossier/marks/NAME-HASH.json` (or `~/.local/state/…`), one file per
/// dossier file, named by its real path (the bundled dossier has its own).
struct MarksStore {
  /// The marks file.
  let path: String
  /// The dossier the marks belong to, as written in the file.
  let dossier: String

  /// The JSON the file holds.
  private struct Contents: Codable {
    let dossier: String
    let marks: [String]
  }

  /// The store for the dossier at `dossierPath` (nil: the bundled one); nil when there is
  /// no state folder to use or the path cannot be resolved.
  static func standard(
    for dossierPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> MarksStore? {
    guard
      let base = BaseDirectory.path(
        "XDG_STATE_HOME", orHome: ".local/state", environment: environment)
    else { return nil }
    let dossier: String
    if let dossierPath {
      guard let resolved = realpath(dossierPath, nil) else { return nil }
      defer { free(resolved) }
      dossier = String(cString: resolved)
    } else {
      dossier = "(bundled)"
    }
    let name = dossierPath == nil ? "bundled" : String(dossier.split(separator: "/").last ?? "")
    let safeName = String(
      name.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "_" }.prefix(40))
    return MarksStore(
      path: base + "/dossier/marks/" + safeName + "-" + FNV1a.hex(dossier) + ".json",
      dossier: dossier)
  }

  /// The marked entity ids, oldest first: none when there is no file yet; a message when
  /// the file cannot be read or is not ours.
  func load() -> Result<[String], MarksError> {
    guard access(path, F_OK) == 0 else { return .success([]) }
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
      return .failure(MarksError("Marks not read: the file cannot be read (\(path))"))
    }
    guard let contents = try? JSONDecoder().decode(Contents.self, from: data) else {
      return .failure(MarksError("Marks not read: not a marks file (\(path))"))
    }
    return .success(contents.marks)
  }

  /// Writes the marks to a new file that then replaces the old one, so that a crash
  /// leaves one or the other whole.
  func save(_ marks: [String]) throws(MarksError) {
    guard let data = try? JSONEncoder().encode(Contents(dossier: dossier, marks: marks)) else {
      throw MarksError("Marks not saved: they cannot be encoded")
    }
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    var made = ""
    for part in folder.split(separator: "/") {
      made += "/" + part
      guard mkdir(made, 0o700) == 0 || errno == EEXIST else { throw failure(made) }
    }
    let temporary = path + ".\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw failure(temporary) }
    let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let complete = written == data.count && fsync(descriptor) == 0
    let error = errno
    close(descriptor)
    guard complete, rename(temporary, path) == 0 else {
      errno = complete ? errno : error
      let failed = failure(path)
      unlink(temporary)
      throw failed
    }
  }

  /// "Marks not saved: REASON (PATH)", the reason from `errno`.
  private func failure(_ path: String) -> MarksError {
    MarksError("Marks not saved: " + String(cString: strerror(errno)) + " (\(path))")
  }
}

/// A marks file that could not be read or written.
struct MarksError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
