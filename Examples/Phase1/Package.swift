// swift-tools-version:5.9
// Seed 002's platform at phase 1, built by PlatformKit.
import PackageDescription

let package = Package(
  name: "Phase1",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "iacgen", path: "../.."),
    .package(name: "PlatformKit", path: "../PlatformKit"),
  ],
  targets: [
    .executableTarget(
      name: "Phase1",
      dependencies: [.product(name: "IaCGen", package: "iacgen"), .product(name: "PlatformKit", package: "PlatformKit")])
  ]
)
