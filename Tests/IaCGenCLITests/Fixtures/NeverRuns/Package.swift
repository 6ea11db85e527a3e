// swift-tools-version:5.9
// A test fixture: a stack program that exits 0 without calling run() (no dependency, so it builds in seconds).
import PackageDescription

let package = Package(
  name: "NeverRuns",
  targets: [.executableTarget(name: "Stack")]
)
