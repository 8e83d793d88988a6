import FoundationEssentials
import Glibc

/// What the file system says of a file, enough to tell that it changed: device, inode,
/// size, and the modification and status-change times to the nanosecond. Writing to a
/// file, or setting its times back, changes its status-change time.
struct FileIdentity: Hashable {
  let path: String
  let device: UInt64
  let inode: UInt64
  let size: Int
  let modified: Int
  let changed: Int

  /// The file's identity now, or nil when it cannot be read.
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.path = path
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int(status.st_size)
    modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
    changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
  }

  init(path: String, device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int) {
    self.path = path
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  /// How close to `time` (nanoseconds since 1970) a change may be and still not be
  /// told apart from a later one: file systems keep times as coarsely as 2 s.
  static let racyWindow = 2_000_000_000

  /// Whether the file changed less than `window` before `time`, so that a further change
  /// within the same tick of the file system's clock could leave every field as it is:
  /// such a file is "racily clean" (as git says) and is not cached.
  func isRacy(comparedTo time: Int, window: Int) -> Bool {
    max(modified, changed) + window >= time
  }

  /// Nanoseconds since 1970, by the same clock as file times.
  static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
  }
}

extension SnapshotWriter {
  mutating func write(_ files: [FileIdentity]) {
    write(files) { writer, file in
      writer.write(file.path)
      writer.write(file.device)
      writer.write(file.inode)
      writer.write(file.size)
      writer.write(file.modified)
      writer.write(file.changed)
    }
  }
}

extension SnapshotReader {
  mutating func readFileIdentities() throws(SnapshotError) -> [FileIdentity] {
    var files: [FileIdentity] = []
    for _ in 0..<(try readCount(atLeast: 44)) {
      files.append(
        FileIdentity(
          path: try readString(), device: try readUInt64(), inode: try readUInt64(),
          size: try readInt(), modified: try readInt(), changed: try readInt()))
    }
    return files
  }
}
