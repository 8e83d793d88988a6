/// One thing wrong with a dossier file, located where possible.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
  /// The file's path as given by the user.
  public let file: String
  /// 1-based line, when the problem has a position.
  public let line: Int?
  /// 1-based column in characters, when the problem has a position.
  public let column: Int?
  /// What is wrong, starting with the JSON path of the offending value.
  public let message: String

  /// Creates a problem report.
  public init(file: String, line: Int?, column: Int?, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `FILE:LINE:COLUMN: message`, or `FILE: message` without a position.
  public var description: String { located(message) }

  /// `FILE:LINE:COLUMN: warning: message`, for problems the load tolerated.
  public var warningDescription: String { located("warning: " + message) }

  private func located(_ text: String) -> String {
    if let line, let column { return "\(file):\(line):\(column): \(text)" }
    return "\(file): \(text)"
  }
}

/// A dossier file that could not be loaded, with every problem found in it.
public struct DossierLoadError: Error, Sendable, CustomStringConvertible {
  /// All problems, in file order. Never empty.
  public let problems: [LoadProblem]

  /// One problem per line.
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
