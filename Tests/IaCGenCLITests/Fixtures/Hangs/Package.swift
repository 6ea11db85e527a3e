// swift-tools-version:5.9
// A test fixture: a stack program that never returns (no dependency, so it builds in seconds).
import PackageDescription

let package = Package(
  name: "Hangs",
  targets: [.executableTarget(name: "Stack")]
)
