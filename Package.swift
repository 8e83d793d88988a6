// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "dossier",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .library(name: "DossierModel", targets: ["DossierModel"]),
    .library(name: "DossierBrowser", targets: ["DossierBrowser"]),
    .library(name: "CursesTerminal", targets: ["CursesTerminal"]),
    .library(name: "BundledDossier", targets: ["BundledDossier"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
  ],
  targets: [
    .target(
      name: "DossierModel",
      dependencies: [
        "CPrefetch", "CSubstring",
        .target(name: "CMalloc", condition: .when(platforms: [.linux])),
      ],
      exclude: [
        "Import/FtM/generate-ftm-model.py", "Text/generate-decompositions.swift",
        "Text/generate-display-widths.swift",
      ]
    ),
    .target(name: "DossierBrowser", dependencies: ["DossierModel"]),
    .target(
      name: "DossierConfig",
      dependencies: ["DossierBrowser", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
    .systemLibrary(name: "CMalloc"),
    .systemLibrary(name: "CPrefetch"),
    .systemLibrary(name: "CSubstring"),
    .target(name: "CursesTerminal", dependencies: ["CNcurses", "DossierBrowser"]),
    .target(
      name: "BundledDossier",
      dependencies: ["DossierModel"],
      path: "Resources",
      sources: ["BundledDossier.swift"],
      resources: [
        .embedInCode("china-kazakhstan-bri.json"),
        .embedInCode("gulf-observer-kazakhstan-bri.txt"),
      ]
    ),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierModel",
        "BundledDossier",
        "DossierBrowser",
        "CursesTerminal",
        "DossierConfig",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "DossierModelTests",
      dependencies: ["DossierModel", "BundledDossier"]
    ),
    .testTarget(
      name: "DossierBrowserTests",
      dependencies: ["DossierBrowser", "DossierModel", "BundledDossier"]
    ),
    .testTarget(
      name: "DossierConfigTests",
      dependencies: ["DossierConfig", "DossierBrowser"]
    ),
    .testTarget(
      name: "BrowserTerminalTests",
      dependencies: ["dossier"]
    ),
    .testTarget(
      name: "DossierCLITests",
      dependencies: ["dossier"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
