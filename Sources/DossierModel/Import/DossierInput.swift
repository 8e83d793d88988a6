import FoundationEssentials
import Glibc

/// Where a dossier comes from: a file on disk, or bytes already in memory.
public enum DossierInput: Sendable {
  /// A file; a native source's `textFile` is read relative to the file's folder.
  case file(path: String)
  /// Bytes named `fileName` in problem reports; `textFile` gives a source's text file by
  /// name (nil when there is none).
  case bytes([UInt8], fileName: String, textFile: @Sendable (String) -> String? = { _ in nil })
  /// An open descriptor (the standard input, say), read to its end as a stream and named
  /// `fileName` in problem reports; a native source's `textFile` is read relative to the
  /// current directory.
  case stream(descriptor: Int32, fileName: String)

  /// The name problems are reported under.
  public var fileName: String {
    switch self {
    case .file(let path): path
    case .bytes(_, let fileName, _): fileName
    case .stream(_, let fileName): fileName
    }
  }
}
