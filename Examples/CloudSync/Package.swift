// swift-tools-version:5.9
// Seed 001 (CloudSync) in one Region, as a stack package.
import PackageDescription

let package = Package(
  name: "CloudSync",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "iacgen", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "CloudSync",
      dependencies: [.product(name: "IaCGen", package: "iacgen")]
    )
  ]
)
