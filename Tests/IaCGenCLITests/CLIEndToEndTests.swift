import Foundation
import IaCGen
import IaCGenTesting
@testable import IaCGenCLI
import XCTest

/// Runs `iacgen` commands as a user would, on real stack packages (each is built with
/// `swift build`, so these tests take a while the first time).
final class CLIEndToEndTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Runs the tool in-process and captures what it prints.
  final class Captured {
    var out = ""
    var err = ""
  }

  func run(_ arguments: [String]) -> (ExitCode, Captured) {
    let captured = Captured()
    let console = Console(out: { captured.out += $0 }, err: { captured.err += $0 })
    return (IaCGenTool.run(arguments, console: console), captured)
  }

  func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-cli-\(UUID().uuidString)")
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  /// Every file under `directory`, relative path -> contents.
  func snapshot(_ directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
      return files
    }
    for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
      files[String(url.path.dropFirst(directory.path.count))] = try Data(contentsOf: url)
    }
    return files
  }

  func testSynthQueueWorkerWritesBothFormats() throws {
    let out = temporaryDirectory()
    let example = Self.repository.appendingPathComponent("Examples/QueueWorker").path
    let (status, captured) = run(["synth", example, "--out", out.path])
    XCTAssertEqual(status, .success, captured.err)
    XCTAssertTrue(captured.out.contains("Wrote 6 files for queue-worker"), captured.out)
    XCTAssertEqual(try snapshot(out).keys.sorted(), [
      "/cloudformation/manifest.json",
      "/cloudformation/queue-worker.template.json",
      "/iacgen-output.json",
      "/terraform/manifest.json",
      "/terraform/queue-worker/main.tf",
      "/terraform/queue-worker/outputs.tf",
      "/terraform/queue-worker/versions.tf",
    ])
  }

  /// Every package in Examples/ synthesizes without diagnostics, its output passes the
  /// referees, and a second run writes byte-identical files.
  func testEveryExampleSynthesizesRefereeCleanDeterministicOutput() throws {
    let examples = try FileManager.default.contentsOfDirectory(
      at: Self.repository.appendingPathComponent("Examples"), includingPropertiesForKeys: nil
    ).filter { directory in
      // Stack packages: those with an executable (PlatformKit is a library the phases use).
      let manifest = (try? String(contentsOf: directory.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
      return manifest.contains(".executableTarget(")
    }
      .sorted { $0.path < $1.path }
    XCTAssertGreaterThanOrEqual(examples.count, 6)
    for example in examples {
      let out = temporaryDirectory()
      let (status, captured) = run(["synth", example.path, "--out", out.path])
      XCTAssertEqual(status, .success, "\(example.lastPathComponent): \(captured.err)")
      XCTAssertEqual(unexplainedFindings(captured.err), [], "\(example.lastPathComponent): \(captured.err)")
      let first = try snapshot(out)
      XCTAssertFalse(first.isEmpty, example.lastPathComponent)
      // The committed golden outputs: any change in output is a reviewed diff.
      assertGoldenDirectory(out, matches: example.appendingPathComponent("golden"))
      let (graphStatus, graph) = run(["graph", example.path])
      XCTAssertEqual(graphStatus, .success, graph.err)
      assertReadmeDiagram(example.appendingPathComponent("README.md"), graph.out)
      if let check = ExampleChecks.byName[example.lastPathComponent] {
        try check(out.appendingPathComponent("cloudformation"))
      } else {
        XCTFail("\(example.lastPathComponent) has no resource assertions in ExampleChecks")
      }
      try assertRefereesAccept(outputDirectory: out)
      let (again, _) = run(["synth", example.path, "--out", out.path])
      XCTAssertEqual(again, .success)
      XCTAssertEqual(try snapshot(out), first, "\(example.lastPathComponent): a second run writes byte-identical files")
    }
  }

  /// `iacgen graph` draws WhisperSync's four Regions as Mermaid and names every resource of
  /// its stacks; `--format dot` draws the same as Graphviz.
  func testGraphWhisperSyncNamesEveryResource() throws {
    let example = Self.repository.appendingPathComponent("Examples/WhisperSync")
    let (status, captured) = run(["graph", example.path])
    XCTAssertEqual(status, .success, captured.err)
    XCTAssertTrue(captured.out.hasPrefix("flowchart LR\n"), captured.out)
    XCTAssertEqual(captured.out.components(separatedBy: "\n").filter { $0.hasPrefix("  subgraph region_") }.count, 4, captured.out)
    let quiet = Console(out: { _ in }, err: { _ in })
    XCTAssertNil(try StackPackageRunner(packageDirectory: example, product: nil, console: quiet).run().graph, "synth does not need the graph")
    var runner = StackPackageRunner(packageDirectory: example, product: nil, console: quiet)
    runner.includingGraph = true
    let report = try runner.run()
    let resources = try XCTUnwrap(report.graph).stacks.flatMap(\.resources)
    XCTAssertGreaterThan(resources.count, 50)
    for node in resources { XCTAssertTrue(captured.out.contains("[\"\(node.id)<br/>"), "\(node.stack)/\(node.id) is not drawn") }
    let (dotStatus, dot) = run(["graph", example.path, "--format", "dot"])
    XCTAssertEqual(dotStatus, .success, dot.err)
    XCTAssertTrue(dot.out.hasPrefix("digraph iacgen {\n"), dot.out)
  }

  /// `iacgen diff` against an earlier output whose table had another key: the key change
  /// replaces the table in both formats, says so, and exits 4.
  func testDiffFlagsAChangedTableKeyAsAReplacement() throws {
    let out = temporaryDirectory()
    let example = Self.repository.appendingPathComponent("Examples/QueueWorker").path
    XCTAssertEqual(run(["synth", example, "--out", out.path]).0, .success)
    for path in ["cloudformation/queue-worker.template.json", "terraform/queue-worker/main.tf"] {
      let file = out.appendingPathComponent(path)
      let earlier = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"memoId\"", with: "\"id\"")
      try Data(earlier.utf8).write(to: file)
    }
    let (status, captured) = run(["diff", example, "--against", out.path])
    XCTAssertEqual(status, .replacesStatefulResource, captured.err)
    XCTAssertEqual(captured.out, """
      cloudformation/queue-worker.template.json:
        ~ Transcripts (AWS::DynamoDB::Table): AttributeDefinitions, KeySchema
          ! REPLACES Transcripts: KeySchema cannot change in place; the resource and its data are deleted and created anew
      terraform/queue-worker/main.tf:
        ~ aws_dynamodb_table.transcripts: attribute, hash_key
          ! REPLACES aws_dynamodb_table.transcripts: hash_key cannot change in place; the resource and its data are deleted and created anew
      0 added, 0 removed, 2 changed; 2 replace or remove stateful resources.

      """)
    let fresh = temporaryDirectory()
    XCTAssertEqual(run(["synth", example, "--out", fresh.path]).0, .success)
    let (unchanged, same) = run(["diff", example, "--against", fresh.path])
    XCTAssertEqual(unchanged, .success, same.err)
    XCTAssertEqual(same.out, "No resource changes.\n")
    let (missing, usage) = run(["diff", example, "--against", out.appendingPathComponent("nothing").path])
    XCTAssertEqual(missing, .usage, usage.err)
  }

  /// `iacgen init` creates a package that synthesizes clean, passes the referees and whose
  /// own tests pass, with no edit; it refuses a non-empty directory and an unknown phase.
  func testInitCreatesAPackageThatSynthesizesAndTests() throws {
    let root = temporaryDirectory()
    let package = root.appendingPathComponent("orders-service")
    let (status, created) = run(["init", package.path, "--phase", "scale"])
    XCTAssertEqual(status, .success, created.err)
    XCTAssertTrue(created.out.hasPrefix("Created OrdersService (stack 'orders-service', phase scale) in \(package.path):\n"), created.out)
    let out = root.appendingPathComponent("out")
    let (synthStatus, synth) = run(["synth", package.path, "--out", out.path])
    XCTAssertEqual(synthStatus, .success, synth.err)
    XCTAssertEqual(unexplainedFindings(synth.err), [], synth.err)
    try assertRefereesAccept(outputDirectory: out)
    let swift = try XCTUnwrap(findExecutable("swift"))
    let tests = try runProcess(swift, ["test", "--package-path", package.path])
    XCTAssertEqual(tests.status, 0, tests.standardOutput + tests.standardError)
    XCTAssertEqual(run(["init", package.path]).0, .usage, "a non-empty directory is refused")
    XCTAssertEqual(run(["init", root.appendingPathComponent("other").path, "--phase", "huge"]).0, .usage)
  }

  /// A directory name with accents or spaces gives names Swift, SwiftPM and the validator take;
  /// one without ASCII letters or digits is refused.
  func testInitNamesFollowTheDirectoryInASCII() throws {
    let cafe = URL(fileURLWithPath: "/tmp/café orders")
    XCTAssertEqual(InitCommand.packageName(cafe), "CafeOrders")
    XCTAssertEqual(InitCommand.stackName(cafe), "cafe-orders")
    XCTAssertEqual(InitCommand.stackName(URL(fileURLWithPath: "/tmp/2024 Ünïcode—plan")), "stack-2024-unicode-plan")
    XCTAssertEqual(InitCommand.shellQuoted("/tmp/café orders"), "'/tmp/café orders'")
    XCTAssertEqual(InitCommand.shellQuoted("/tmp/it's"), "'/tmp/it'\\''s'")
    XCTAssertEqual(InitCommand.shellQuoted("/tmp/orders-service"), "/tmp/orders-service")
    let root = temporaryDirectory()
    let (status, captured) = run(["init", root.appendingPathComponent("注文").path])
    XCTAssertEqual(status, .usage, captured.err)
    XCTAssertTrue(captured.err.contains("needs ASCII letters or digits"), captured.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("注文").path), "nothing is created")
  }

  /// The stack template validates without a finding in every phase: the four renderings are
  /// built together in one package whose test synthesizes each.
  func testInitStackTemplateIsCleanInEveryPhase() throws {
    let root = temporaryDirectory()
    let template = try String(
      contentsOf: InitCommand.checkout.appendingPathComponent("templates/stack-package/Sources/{{NAME}}Stacks/Stacks.swift"), encoding: .utf8)
    let modules = ScalingPhase.allCases.map { phase in
      "Stacks" + phase.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
    for (phase, module) in zip(ScalingPhase.allCases, modules) {
      let command = try InitCommand(
        ParsedCommand(name: "init", arguments: ["dir": root.appendingPathComponent("orders").path], options: ["phase": phase.rawValue]),
        console: Console(out: { _ in }, err: { _ in }))
      let source = root.appendingPathComponent("Sources/\(module)/Stacks.swift")
      try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(command.render(template, command.values()).utf8).write(to: source)
    }
    let targets = modules.map { ".target(name: \"\($0)\", dependencies: [.product(name: \"IaCGen\", package: \"iacgen\")])," }
    try Data("""
      // swift-tools-version:5.9
      import PackageDescription
      let package = Package(
        name: "Phases", platforms: [.macOS(.v13)],
        dependencies: [.package(name: "iacgen", path: "\(Self.repository.path)")],
        targets: [
          \(targets.joined(separator: "\n    "))
          .testTarget(
            name: "PhasesTests",
            dependencies: [\(modules.map { "\"\($0)\"" }.joined(separator: ", ")), .product(name: "IaCGenTesting", package: "iacgen")]),
        ])

      """.utf8).write(to: root.appendingPathComponent("Package.swift"))
    let test = root.appendingPathComponent("Tests/PhasesTests/PhasesTests.swift")
    try FileManager.default.createDirectory(at: test.deletingLastPathComponent(), withIntermediateDirectories: true)
    let checks = zip(ScalingPhase.allCases, modules).map { phase, module in
      "XCTAssertEqual(synthesize(\(module).makeApp()).diagnosticText, \"\", \"\(phase.rawValue)\")"
    }
    try Data("""
      import IaCGen
      import IaCGenTesting
      import XCTest
      \(modules.map { "import " + $0 }.joined(separator: "\n"))

      final class PhasesTests: XCTestCase {
        func testEveryPhaseIsClean() {
          \(checks.joined(separator: "\n    "))
        }
      }

      """.utf8).write(to: test)
    let swift = try XCTUnwrap(findExecutable("swift"))
    let outcome = try runProcess(swift, ["test", "--package-path", root.path])
    XCTAssertEqual(outcome.status, 0, outcome.standardOutput + outcome.standardError)
  }

  /// The `iacgen` executable next to the test bundle (built with the package).
  func iacgenExecutable() throws -> String {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidate = directory.appendingPathComponent("iacgen").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    let swift = try XCTUnwrap(findExecutable("swift"))
    let build = try runProcess(swift, ["build", "--package-path", Self.repository.path, "--product", "iacgen"])
    XCTAssertEqual(build.status, 0, build.standardError)
    let binPath = try runProcess(swift, ["build", "--package-path", Self.repository.path, "--show-bin-path"]).standardOutput
    return URL(fileURLWithPath: binPath.trimmingCharacters(in: .whitespacesAndNewlines)).appendingPathComponent("iacgen").path
  }

  /// Starts `iacgen arguments` as a child process with `environment` added.
  func launch(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try iacgenExecutable())
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Killing `iacgen synth` while it writes leaves the earlier output complete and unchanged;
  /// the next run clears what the killed one left behind.
  func testKilledSynthLeavesTheEarlierOutputUnchanged() throws {
    let root = temporaryDirectory()
    let out = root.appendingPathComponent("out")
    let worker = Self.repository.appendingPathComponent("Examples/QueueWorker").path
    XCTAssertEqual(run(["synth", worker, "--out", out.path]).0, .success)
    let before = try snapshot(out)
    let sync = Self.repository.appendingPathComponent("Examples/CloudSync").path
    let process = try launch(["synth", sync, "--out", out.path], environment: ["IACGEN_WRITE_PAUSE_MS": "200"])
    // Wait until the staging directory holds a few files, then kill the run in the middle of writing.
    let deadline = Date().addingTimeInterval(600)
    var staged = 0
    while Date() < deadline, process.isRunning, staged < 3 {
      Thread.sleep(forTimeInterval: 0.05)
      let staging = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.first { $0.hasPrefix(".out.staging-") }
      staged = staging.map { try? snapshot(root.appendingPathComponent($0)).count }.flatMap { $0 } ?? 0
    }
    XCTAssertTrue(process.isRunning, "the run was still writing when killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    XCTAssertGreaterThanOrEqual(staged, 3, "the run was killed mid-write")
    XCTAssertEqual(try snapshot(out), before, "the earlier output is complete and unchanged")
    XCTAssertEqual(run(["synth", worker, "--out", out.path]).0, .success)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["out"], "the abandoned staging directory is gone")
  }

  /// Two runs writing one output directory at once: the result is one run's output, whole.
  func testConcurrentSynthRunsDoNotInterleave() throws {
    let root = temporaryDirectory()
    let worker = Self.repository.appendingPathComponent("Examples/QueueWorker").path
    let podinfo = Self.repository.appendingPathComponent("Examples/Podinfo").path
    var expected: [[String: Data]] = []
    for example in [worker, podinfo] {
      let alone = root.appendingPathComponent("alone-\(expected.count)")
      XCTAssertEqual(run(["synth", example, "--out", alone.path]).0, .success)
      expected.append(try snapshot(alone))
    }
    for round in 0..<3 {
      let out = root.appendingPathComponent("shared-\(round)")
      let first = try launch(["synth", worker, "--out", out.path], environment: ["IACGEN_WRITE_PAUSE_MS": "30"])
      let second = try launch(["synth", podinfo, "--out", out.path], environment: ["IACGEN_WRITE_PAUSE_MS": "30"])
      first.waitUntilExit()
      second.waitUntilExit()
      XCTAssertEqual([first.terminationStatus, second.terminationStatus], [0, 0])
      let result = try snapshot(out)
      XCTAssertTrue(result == expected[0] || result == expected[1], "round \(round): the output mixes two runs: \(result.keys.sorted())")
    }
  }

  /// Seed 004 across four Regions: provider aliases for the replica Regions, one template per
  /// Region with a manifest in deploy order, and a global table with three replicas in both formats.
  func testSynthWhisperSyncSpansFourRegions() throws {
    let out = temporaryDirectory()
    let (status, captured) = run(["synth", Self.repository.appendingPathComponent("Examples/WhisperSync").path, "--out", out.path])
    XCTAssertEqual(status, .success, captured.err)
    let files = try snapshot(out).mapValues { String(decoding: $0, as: UTF8.self) }
    let versions = try XCTUnwrap(files["/terraform/whispersync/versions.tf"])
    XCTAssertEqual(versions.components(separatedBy: "provider \"aws\" {").count - 1, 4, versions)
    for region in ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-1"] { XCTAssertTrue(versions.contains("region = \"\(region)\""), versions) }
    let main = try XCTUnwrap(files["/terraform/whispersync/main.tf"])
    XCTAssertEqual(main.components(separatedBy: "resource \"aws_dynamodb_table_replica\"").count - 1, 3)
    let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try XCTUnwrap(files["/cloudformation/manifest.json"]).utf8)) as? [String: Any])
    let templates = try XCTUnwrap(manifest["templates"] as? [[String: Any]])
    XCTAssertEqual(templates.map { $0["region"] as? String }, ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-1"])
    for entry in templates { XCTAssertNotNil(files["/cloudformation/" + (entry["template"] as? String ?? "")]) }
    let template = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try XCTUnwrap(files["/cloudformation/whispersync.template.json"]).utf8)) as? [String: Any])
    let memos = try XCTUnwrap((template["Resources"] as? [String: Any])?["Memos"] as? [String: Any])
    XCTAssertEqual(memos["Type"] as? String, "AWS::DynamoDB::GlobalTable")
    let replicas = try XCTUnwrap((memos["Properties"] as? [String: Any])?["Replicas"] as? [[String: Any]])
    XCTAssertEqual(replicas.compactMap { $0["Region"] as? String }.filter { $0 != "us-east-1" }, ["us-west-2", "eu-west-1", "ap-southeast-1"])
    try assertRefereesAccept(outputDirectory: out)
  }

  /// `--format json` prints the diagnostics as JSON on stdout; the capacity table is text only.
  func testValidateFormatJSON() throws {
    let package = Self.fixtures.appendingPathComponent("InvalidQueue")
    let (status, captured) = run(["validate", package.path, "--format", "json"])
    XCTAssertEqual(status, .validationFailure, captured.err)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any], captured.out)
    let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
    XCTAssertEqual(diagnostics.map { $0["ruleID"] as? String }, ["ESM006"])
    XCTAssertEqual(diagnostics.first?["severity"] as? String, "error")
    // A clean stack: stdout is one JSON document still, the summary line goes to stderr.
    let (clean, output) = run(["validate", Self.repository.appendingPathComponent("Examples/QueueWorker").path, "--format", "json"])
    XCTAssertEqual(clean, .success, output.err)
    XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(output.out.utf8)), output.out)
    XCTAssertTrue(output.err.contains("Validated 1 stack"), output.err)
  }

  /// `iacgen rules` prints the catalog docs/rules.md is generated from.
  func testRulesCommandAgreesWithTheDocs() throws {
    let (status, captured) = run(["rules", "--format", "markdown"])
    XCTAssertEqual(status, .success)
    let docs = try String(contentsOf: Self.repository.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    XCTAssertEqual(captured.out, docs)
    let (textStatus, text) = run(["rules"])
    XCTAssertEqual(textStatus, .success)
    XCTAssertTrue(text.out.contains("CAP001  error  A function's declared request rate x duration"), text.out)
  }

  func testValidateReportsTheQueueLineAndExits1() throws {
    let package = Self.fixtures.appendingPathComponent("InvalidQueue")
    let source = package.appendingPathComponent("Sources/Stack/main.swift")
    let lines = try String(contentsOf: source, encoding: .utf8).components(separatedBy: "\n")
    let lineIndex = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("let primary = Queue(") })
    let column = lines[lineIndex].distance(from: lines[lineIndex].startIndex, to: lines[lineIndex].firstIndex(of: "(")!) + 1

    let (status, captured) = run(["validate", package.path])
    XCTAssertEqual(status, .validationFailure, captured.err)
    XCTAssertTrue(
      captured.err.contains(
        "\(source.path):\(lineIndex + 1):\(column): error: [ESM006] queue 'primary' has a visibility timeout of 30 s, shorter than the 120 s timeout of its consumer 'consumer'"),
      captured.err)
    XCTAssertTrue(captured.err.contains("  note: in stack 'invalid', resource 'primary' (aws_sqs_queue.primary / AWS::SQS::Queue)"))
    XCTAssertTrue(captured.err.contains("1 error, 0 warnings"))
  }

  func testSynthWithErrorsLeavesAnEarlierOutputUntouched() throws {
    let out = temporaryDirectory()
    XCTAssertEqual(run(["synth", Self.repository.appendingPathComponent("Examples/QueueWorker").path, "--out", out.path]).0, .success)
    let before = try snapshot(out)
    let (status, captured) = run(["synth", Self.fixtures.appendingPathComponent("InvalidQueue").path, "--out", out.path])
    XCTAssertEqual(status, .validationFailure)
    XCTAssertTrue(captured.err.contains("nothing was written"))
    XCTAssertEqual(try snapshot(out), before)
    let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
    XCTAssertFalse(siblings.contains { $0.hasPrefix(".\(out.lastPathComponent).staging") }, "no staging directory left")
  }

  /// Output paths iacgen did not write are refused (exit 3) before the package is built, and
  /// every byte under them survives: a directory of notes, a file, the package itself, its
  /// sources, and an owned output holding Terraform's files.
  func testSynthRefusesOutputsItDidNotWriteAndKeepsEveryByte() throws {
    let root = temporaryDirectory()
    let package = root.appendingPathComponent("orders")
    try FileManager.default.createDirectory(at: package.appendingPathComponent("Sources/Stack"), withIntermediateDirectories: true)
    try Data("// swift-tools-version:5.9\n".utf8).write(to: package.appendingPathComponent("Package.swift"))
    try Data("print(1)\n".utf8).write(to: package.appendingPathComponent("Sources/Stack/main.swift"))
    let notes = root.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    try Data("my notes\n".utf8).write(to: notes.appendingPathComponent("todo.md"))
    let file = root.appendingPathComponent("plan.txt")
    try Data("a plan\n".utf8).write(to: file)
    let before = try snapshot(root)
    for (out, reason) in [
      (notes, "holds files iacgen did not write (it has no iacgen-output.json): todo.md"), (file, "is a file"), (package, "is the stack package or holds it"),
      (package.appendingPathComponent("Sources"), "Sources"), (root, "is the stack package or holds it"),
    ] {
      let (status, captured) = run(["synth", package.path, "--out", out.path])
      XCTAssertEqual(status, .outputRefused, "\(out.path): \(captured.err)")
      XCTAssertTrue(captured.err.contains(reason), "\(out.path): \(captured.err)")
      XCTAssertFalse(captured.err.contains("Building"), "refused before building: \(captured.err)")
      XCTAssertEqual(try snapshot(root), before, out.path)
    }

    let out = temporaryDirectory()
    let example = Self.repository.appendingPathComponent("Examples/QueueWorker").path
    XCTAssertEqual(run(["synth", example, "--out", out.path]).0, .success)
    let state = out.appendingPathComponent("terraform/queue-worker/terraform.tfstate")
    try Data("{\"version\": 4}\n".utf8).write(to: state)
    let owned = try snapshot(out)
    let (status, captured) = run(["synth", example, "--out", out.path])
    XCTAssertEqual(status, .outputRefused, captured.err)
    XCTAssertTrue(captured.err.contains("terraform/queue-worker/terraform.tfstate"), captured.err)
    XCTAssertEqual(try snapshot(out), owned)
    try FileManager.default.removeItem(at: state)
    XCTAssertEqual(run(["synth", example, "--out", out.path]).0, .success, "an unchanged owned output is replaced")
  }

  func testPackageThatDoesNotCompileExits2() {
    let (status, captured) = run(["synth", Self.fixtures.appendingPathComponent("DoesNotCompile").path, "--out", temporaryDirectory().path])
    XCTAssertEqual(status, .packageFailure)
    XCTAssertTrue(captured.err.contains("the stack package failed to build"), captured.err)
  }

  func testProgramThatNeverCallsRunSaysSo() {
    let (status, captured) = run(["synth", Self.fixtures.appendingPathComponent("NeverRuns").path, "--out", temporaryDirectory().path])
    XCTAssertEqual(status, .packageFailure, captured.err)
    XCTAssertTrue(captured.err.contains("exited without synthesizing: it never called run() on its App"), captured.err)
    XCTAssertFalse(captured.err.contains("exit status 0"), captured.err)
  }

  func testProgramThatNeverReturnsIsStoppedAtTheTimeout() throws {
    let out = temporaryDirectory()
    let (status, captured) = run(["synth", Self.fixtures.appendingPathComponent("Hangs").path, "--out", out.path, "--timeout", "2"])
    XCTAssertEqual(status, .packageFailure, captured.err)
    XCTAssertTrue(captured.err.contains("ran longer than 2 s and was stopped; nothing was written"), captured.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "nothing is written")
    let leftover = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("iacgen-report-\(ProcessInfo.processInfo.processIdentifier)-") }
    XCTAssertEqual(leftover, [], "no report file is left behind")
    XCTAssertEqual(run(["synth", Self.fixtures.appendingPathComponent("Hangs").path, "--timeout", "soon"]).0, .usage)
  }

  /// Interrupting `iacgen synth` stops the stack program it runs and leaves no report file.
  func testInterruptedSynthStopsItsChild() throws {
    #if os(Linux)
      let process = try launch(["synth", Self.fixtures.appendingPathComponent("Hangs").path, "--out", temporaryDirectory().path])
      let children = "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children"
      func program() -> Int32? {
        let pids = ((try? String(contentsOfFile: children, encoding: .utf8)) ?? "").split(separator: " ").compactMap { Int32($0) }
        return pids.first { pid in ((try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? "").contains("Hangs/.build") }
      }
      let deadline = Date().addingTimeInterval(300)
      var stack: Int32?
      while Date() < deadline, process.isRunning, stack == nil {
        Thread.sleep(forTimeInterval: 0.1)
        stack = program()
      }
      let running = try XCTUnwrap(stack, "the stack program started")
      kill(process.processIdentifier, SIGINT)
      process.waitUntilExit()
      XCTAssertEqual(process.terminationStatus, 128 + SIGINT)
      Thread.sleep(forTimeInterval: 0.2)
      XCTAssertFalse(((try? String(contentsOfFile: "/proc/\(running)/cmdline", encoding: .utf8)) ?? "").contains("Hangs/.build"), "the stack program is stopped")
      let reports = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("iacgen-report-\(process.processIdentifier)-") }
      XCTAssertEqual(reports, [], "no report file is left behind")
    #endif
  }

  /// The executable's name is read from the manifest once and kept until a manifest changes.
  func testTheExecutableNameIsKeptUntilTheManifestChanges() throws {
    let package = temporaryDirectory()
    func declare(_ target: String) throws {
      try FileManager.default.createDirectory(at: package.appendingPathComponent("Sources/\(target)"), withIntermediateDirectories: true)
      try Data("print(1)\n".utf8).write(to: package.appendingPathComponent("Sources/\(target)/main.swift"))
      try Data("""
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(name: "P", targets: [.executableTarget(name: "\(target)")])

        """.utf8).write(to: package.appendingPathComponent("Package.swift"))
    }
    let swift = try XCTUnwrap(findExecutable("swift"))
    let runner = StackPackageRunner(packageDirectory: package, product: nil, console: Console(out: { _ in }, err: { _ in }))
    let cache = package.appendingPathComponent(".build/iacgen-executable")

    try declare("Alpha")
    XCTAssertEqual(try runner.executableProduct(swift: swift), "Alpha")
    XCTAssertEqual(try Data(contentsOf: cache), Data("Alpha\n".utf8) + runner.manifestContents())
    try (Data("Kept\n".utf8) + runner.manifestContents()).write(to: cache)
    XCTAssertEqual(try runner.executableProduct(swift: swift), "Kept", "an unchanged manifest is not read again")
    try declare("Beta")
    XCTAssertEqual(try runner.executableProduct(swift: swift), "Beta", "a changed manifest is read again")
  }

  func testUsageErrorsExit64() {
    for arguments in [["deploy"], ["synth"], ["synth", "x", "--nope"], ["validate", "/nonexistent/iacgen-package"]] {
      let (status, captured) = run(arguments)
      XCTAssertEqual(status, .usage, "\(arguments): \(captured.err)")
      XCTAssertTrue(captured.err.hasPrefix("error: "), captured.err)
    }
    let (status, captured) = run(["synth", Self.repository.appendingPathComponent("Examples/QueueWorker").path, "--configuration", "fast"])
    XCTAssertEqual(status, .usage, captured.err)
    XCTAssertTrue(captured.err.hasPrefix("error: unknown configuration 'fast'"), captured.err)
    let queueWorker = Self.repository.appendingPathComponent("Examples/QueueWorker").path
    let (noRefresh, refused) = run(["destroy", queueWorker, "--engine", "cloudformation", "--yes", "--no-refresh"])
    XCTAssertEqual(noRefresh, .usage, refused.err)
    XCTAssertTrue(refused.err.hasPrefix("error: --no-refresh is Terraform's"), refused.err)
  }

  func testHelpExits0() {
    let (status, captured) = run(["--help"])
    XCTAssertEqual(status, .success)
    XCTAssertTrue(captured.out.contains("COMMANDS:"))
  }
}

/// The error and warning lines of compiler-style output that no `note: suppressed:` line
/// explains (an example may accept a finding, with its reason).
func unexplainedFindings(_ output: String) -> [String] {
  let lines = output.components(separatedBy: "\n")
  var result: [String] = []
  for (index, line) in lines.enumerated() where line.contains(": error: [") || line.contains(": warning: [") {
    let notes = lines[(index + 1)...].prefix { $0.hasPrefix("  ") }
    if !notes.contains(where: { $0.hasPrefix("  note: suppressed: ") }) { result.append(line) }
  }
  return result
}

/// Asserts that `readme` shows `mermaid` between its `<!-- iacgen graph -->` markers; with
/// `IACGEN_RECORD=1` rewrites that part and fails, like a golden file.
func assertReadmeDiagram(_ readme: URL, _ mermaid: String, file: StaticString = #filePath, line: UInt = #line) {
  let start = "<!-- iacgen graph -->\n"
  let end = "<!-- /iacgen graph -->"
  guard let text = try? String(contentsOf: readme, encoding: .utf8), let open = text.range(of: start), let close = text.range(of: end) else {
    XCTFail("\(readme.path) has no <!-- iacgen graph --> section", file: file, line: line)
    return
  }
  let block = "```mermaid\n" + mermaid + "```\n"
  let current = String(text[open.upperBound..<close.lowerBound])
  if isRecordingGoldenFiles {
    try? Data((String(text[..<open.upperBound]) + block + String(text[close.lowerBound...])).utf8).write(to: readme)
    XCTFail("Recorded the diagram in \(readme.path); run again to compare", file: file, line: line)
  } else if current != block {
    XCTFail("\(readme.path)'s diagram is out of date (IACGEN_RECORD=1 rewrites it)", file: file, line: line)
  }
}
