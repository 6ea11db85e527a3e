// swift-tools-version:5.9
// A test fixture stack package for the CLI tests.
import PackageDescription

let package = Package(
  name: "DoesNotCompile",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "iacgen", path: "../../../..")],
  targets: [.executableTarget(name: "Stack", dependencies: [.product(name: "IaCGen", package: "iacgen")])]
)
