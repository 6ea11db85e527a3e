// swift-tools-version:5.9
import PackageDescription

let package = Package(
  name: "iacgen",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "IaCGen", targets: ["IaCGen"]),
    .library(name: "IaCGenTesting", targets: ["IaCGenTesting"]),
    .executable(name: "iacgen", targets: ["iacgen"]),
  ],
  targets: [
    // Syntax trees and printers: no cloud concepts.
    .target(name: "TextOutput"),
    .target(name: "HCL", dependencies: ["TextOutput"]),
    .target(name: "JSONSyntax", dependencies: ["TextOutput"]),

    // Core library: DSL -> model -> validation -> emitters -> files.
    .target(name: "IaCGen", dependencies: ["HCL", "JSONSyntax"]),

    // Testing helpers for users' XCTest targets.
    .target(name: "IaCGenTesting", dependencies: ["IaCGen", "HCL", "JSONSyntax"]),

    // Command-line tool: argument parsing, building stack packages, writing outputs.
    .target(name: "IaCGenCLI", dependencies: ["IaCGen", "JSONSyntax"]),
    .executableTarget(name: "iacgen", dependencies: ["IaCGenCLI"]),

    // The N-services benchmark (docs/performance.md); run it in release.
    .executableTarget(name: "iacgen-benchmark", dependencies: ["IaCGen"], path: "Benchmarks/NServices"),

    // Tests
    .testTarget(name: "TextOutputTests", dependencies: ["TextOutput"]),
    .testTarget(name: "HCLTests", dependencies: ["HCL"]),
    .testTarget(name: "JSONSyntaxTests", dependencies: ["JSONSyntax"]),
    .testTarget(
      name: "IaCGenTests", dependencies: ["IaCGen", "IaCGenTesting", "HCL", "JSONSyntax"],
      exclude: ["__Snapshots__"]),
    .testTarget(name: "IaCGenTestingTests", dependencies: ["IaCGenTesting", "IaCGen"]),
    .testTarget(
      name: "IaCGenCLITests", dependencies: ["IaCGenCLI", "IaCGen", "IaCGenTesting"],
      exclude: ["Fixtures"]),
  ]
)
