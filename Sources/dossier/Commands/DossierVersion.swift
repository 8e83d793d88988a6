/// The version `dossier --version` prints.
enum DossierVersion {
  /// Raised with each release: the major number with the native format's version.
  static let current = "0.9.0"
}
