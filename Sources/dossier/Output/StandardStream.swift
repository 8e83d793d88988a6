import Glibc

/// Writes to a file descriptor without Foundation, every byte or a failure: a short
/// write is continued, an interrupted one retried.
enum StandardStream {
  /// Writes `text` to `descriptor`; the `errno` of the failure, or nil when all was written.
  @discardableResult
  static func write(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { bytes in
      var written = 0
      while written < bytes.count {
        let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += result
      }
      return nil
    }
  }

  /// Writes `text` to the file at `path`, created or emptied first; a message saying why
  /// not, or nil when all was written.
  static func write(_ text: String, toFileAt path: String) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    let failure = write(text, to: descriptor)
    let closed = close(descriptor)
    if let failure { return String(cString: strerror(failure)) }
    return closed == 0 ? nil : String(cString: strerror(errno))
  }
}
