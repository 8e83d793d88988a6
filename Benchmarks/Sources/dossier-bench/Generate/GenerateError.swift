/// A failure of `dossier-bench generate`, with a message for the user.
struct GenerateError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
