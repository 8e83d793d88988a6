// swift-tools-version:6.1
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between checkouts.
let dossierPackage = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

/// A fuzzer that loads its inputs in one format.
func loadFuzzer(_ name: String) -> Target {
  .executableTarget(
    name: name,
    dependencies: [
      "FuzzDriver", "LoadFuzzing", .product(name: "DossierModel", package: dossierPackage),
    ]
  )
}

/// One libFuzzer executable per reader: each exports `LLVMFuzzerTestOneInput` and hands it
/// to libFuzzer's driver. Build and run them with `Fuzz/run` (docs/FUZZING.md), which adds
/// the sanitizer flags that link libFuzzer in.
let package = Package(
  name: "dossier-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: "..")
  ],
  targets: [
    .systemLibrary(name: "CLibFuzzer"),
    .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"]),
    .target(
      name: "LoadFuzzing",
      dependencies: [
        .product(name: "DossierModel", package: dossierPackage),
        .product(name: "BundledDossier", package: dossierPackage),
      ]
    ),
    .executableTarget(
      name: "fuzz-json",
      dependencies: ["FuzzDriver", .product(name: "DossierModel", package: dossierPackage)]
    ),
    loadFuzzer("fuzz-native"),
    loadFuzzer("fuzz-ftm"),
    loadFuzzer("fuzz-timelinejs"),
    loadFuzzer("fuzz-timelinejs-csv"),
    .executableTarget(
      name: "fuzz-browser",
      dependencies: [
        "FuzzDriver",
        .product(name: "DossierModel", package: dossierPackage),
        .product(name: "DossierBrowser", package: dossierPackage),
        .product(name: "BundledDossier", package: dossierPackage),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
