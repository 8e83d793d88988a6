import Glibc

/// Reads dossiers that are not regular files: pipes, FIFOs, character devices, the
/// standard input. A stream is read to its end, up to a size limit (so that `/dev/zero`
/// is refused, not read until memory runs out); a terminal is refused (it would wait
/// for typing); a named FIFO that nothing writes to is given up after a wait, not waited
/// on forever.
enum StreamReading {
  /// The most bytes read from a stream: 4 GiB.
  static let standardLimit = 4 << 30
  /// How long a named FIFO may stay silent before its first byte.
  static let fifoWaitMilliseconds: Int32 = 10_000
  /// How much is read at a time.
  private static let chunkSize = 1 << 20

  /// All the bytes `descriptor` gives until its end; `describe` turns what went wrong
  /// into the load's error. A descriptor opened without blocking blocks again once its
  /// first byte (or its end) is there.
  static func read(
    _ descriptor: Int32, limit: Int = standardLimit,
    fifoWaitMilliseconds wait: Int32 = fifoWaitMilliseconds
  ) throws(StreamFailure) -> [UInt8] {
    guard isatty(descriptor) == 0 else { throw .terminal }
    if isNamedFIFO(descriptor) {
      var input = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      var ready: Int32
      repeat { ready = poll(&input, 1, wait) } while ready < 0 && errno == EINTR
      guard ready > 0 else { throw .silentFIFO(milliseconds: Int(wait)) }
    }
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0, flags & O_NONBLOCK != 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let room = min(chunkSize, limit + 1 - bytes.count)
      var got = 0
      chunk.withUnsafeMutableBufferPointer { buffer in
        repeat {
          got = Glibc.read(descriptor, buffer.baseAddress!, room)
        } while got < 0 && errno == EINTR
      }
      guard got >= 0 else { throw .readFailed(errno) }
      if got == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<got])
      guard bytes.count <= limit else { throw .tooLarge(limit: limit) }
    }
  }

  /// Whether `descriptor` is a FIFO with a name in the file system (an anonymous pipe,
  /// as `|` or `<(…)` make, has its writer from the start; a named one may have none).
  private static func isNamedFIFO(_ descriptor: Int32) -> Bool {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else {
      return false
    }
    var target = [CChar](repeating: 0, count: 64)
    let count = readlink("/proc/self/fd/\(descriptor)", &target, target.count - 1)
    guard count > 0 else { return true }
    return !String(decoding: target[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      .hasPrefix("pipe:")
  }
}

/// Why a stream could not be read.
enum StreamFailure: Error {
  /// It is a terminal, which would wait for typing.
  case terminal
  /// A named FIFO gave nothing for this long.
  case silentFIFO(milliseconds: Int)
  /// It gave more than the limit.
  case tooLarge(limit: Int)
  /// A read failed with this errno.
  case readFailed(Int32)

  /// What went wrong, to follow the stream's name.
  var message: String {
    switch self {
    case .terminal:
      "is a terminal, not a dossier file: pipe a dossier in (--data -) or name a file"
    case .silentFIFO(let milliseconds):
      "is a FIFO that nothing wrote to within "
        + (milliseconds % 1000 == 0 ? "\(milliseconds / 1000) seconds" : "\(milliseconds) ms")
        + ": start the program that writes to it first"
    case .tooLarge(let limit):
      "gives more than \(Self.size(limit)), the most read from a pipe or a device: save it to a "
        + "file and open that"
    case .readFailed(let reason):
      "cannot be read: \(String(cString: strerror(reason)))"
    }
  }

  /// A size in the largest binary unit that divides it.
  private static func size(_ bytes: Int) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes % (1 << shift) == 0 {
      return "\(bytes >> shift) \(unit)"
    }
    return "\(bytes) bytes"
  }
}
