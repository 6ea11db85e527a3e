// swift-tools-version:5.9
// Seed example Podinfo, as a stack package.
import PackageDescription

let package = Package(
  name: "Podinfo",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "iacgen", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "Podinfo",
      dependencies: [.product(name: "IaCGen", package: "iacgen")]
    )
  ]
)
