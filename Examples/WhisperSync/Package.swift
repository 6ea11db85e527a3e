// swift-tools-version:5.9
// A stack package: an ordinary Swift package whose executable declares stacks with IaCGen.
import PackageDescription

let package = Package(
  name: "WhisperSync",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "iacgen", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "WhisperSync",
      dependencies: [.product(name: "IaCGen", package: "iacgen")]
    )
  ]
)
