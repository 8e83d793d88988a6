import DossierModel

/// The China–Kazakhstan dossier compiled into the binary, with its source article.
public enum BundledDossier {
  /// The name the bundled dossier goes by in problem reports.
  public static let fileName = "china-kazakhstan-bri.json"

  /// The dossier file's bytes, as shipped.
  public static var bytes: [UInt8] { PackageResources.china_kazakhstan_bri_json }

  /// The bundled source texts, by the `textFile` name the dossier gives them.
  public static let textFiles: [String: [UInt8]] = [
    "gulf-observer-kazakhstan-bri.txt": PackageResources.gulf_observer_kazakhstan_bri_txt
  ]

  /// The bundled dossier as a load input.
  public static var input: DossierInput {
    .bytes(bytes, fileName: fileName) { name in
      textFiles[name].flatMap { String(validating: $0, as: UTF8.self) }
    }
  }

  /// Loads the bundled dossier.
  public static func load() throws(DossierLoadError) -> Dossier {
    try DossierLoader.load(input).dossier
  }
}
