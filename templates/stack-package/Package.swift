// swift-tools-version:5.9
// {{NAME}}: a stack package created by `iacgen init`. Synthesize it with `iacgen synth .`,
// test it with `swift test`.
import PackageDescription

let package = Package(
  name: "{{NAME}}",
  platforms: [.macOS(.v13)],
  dependencies: [
    {{IACGEN_DEPENDENCY}}
  ],
  targets: [
    // The stacks, in a library so the tests can import them.
    .target(name: "{{NAME}}Stacks", dependencies: [.product(name: "IaCGen", package: "iacgen")]),
    // The program `iacgen synth` runs.
    .executableTarget(name: "{{NAME}}", dependencies: ["{{NAME}}Stacks"]),
    .testTarget(
      name: "{{NAME}}Tests",
      dependencies: ["{{NAME}}Stacks", .product(name: "IaCGenTesting", package: "iacgen")]),
  ]
)
