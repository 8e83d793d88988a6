// swift-tools-version:6.1
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between checkouts.
let dossierPackage = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

// The benchmark lives in a package of its own so that building and testing `dossier`
// does not build it: `swift run -c release --package-path Benchmarks dossier-bench --help`.
let package = Package(
  name: "dossier-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .executableTarget(
      name: "dossier-bench",
      dependencies: [
        .product(name: "DossierModel", package: dossierPackage),
        .product(name: "DossierBrowser", package: dossierPackage),
        .product(name: "CursesTerminal", package: dossierPackage),
        .product(name: "BundledDossier", package: dossierPackage),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
