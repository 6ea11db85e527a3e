// swift-tools-version:5.9
// Seed example AudioService, as a stack package.
import PackageDescription

let package = Package(
  name: "AudioService",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "iacgen", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "AudioService",
      dependencies: [.product(name: "IaCGen", package: "iacgen")]
    )
  ]
)
