// swift-tools-version:5.9
// Seed 002's serverless platform as a reusable construct: one function builds the stack for
// any scaling phase. The Phase0...Phase3 packages call it.
import PackageDescription

let package = Package(
  name: "PlatformKit",
  platforms: [.macOS(.v13)],
  products: [.library(name: "PlatformKit", targets: ["PlatformKit"])],
  dependencies: [.package(name: "iacgen", path: "../..")],
  targets: [.target(name: "PlatformKit", dependencies: [.product(name: "IaCGen", package: "iacgen")])]
)
