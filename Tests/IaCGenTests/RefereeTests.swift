import Foundation
import IaCGen
import IaCGenTesting
import XCTest

/// Terraform (fmt, init, validate) and cfn-lint judge what the stacks of these tests render.
/// Skipped with a message where a tool is missing; failed instead when `CI` is set.
final class RefereeTests: XCTestCase {
  func testKitchenSinkPassesTheReferees() throws {
    try assertRefereesAccept(App { KitchenSink.stack; KitchenSink.edgeStack })
  }

  func testGlobalTableAppAcrossRegionsPassesTheReferees() throws {
    try assertRefereesAccept(MultiRegionTests.app)
    try assertRefereesAccept(MultiRegionTests.globalDatabaseApp)
    try assertRefereesAccept(MultiRegionTests.provisionedGlobalTableApp)
  }

  func testBaselineAndMultiStackAppPassTheReferees() throws {
    try assertRefereesAccept(App {
      Baseline().stack()
      Stack("second", region: .usWest2, phase: .scale) {
        let network = Network("edge", cidr: "172.16.0.0/20", zones: 2, natGateways: .none, gatewayEndpoints: [.dynamoDB])
        let cache = Cache("lookups", topology: .replicated(replicas: 2), network: .private(network))
        let shared = Network("shared", natGateways: .one)
        let reader = Function(
          "reader", code: .s3(bucket: "artifacts", key: "reader.zip"), runtime: .python3_12, handler: "app.handler",
          environment: ["CACHE": cache.endpoint], network: .private(network))
        Suppress("PH007", because: "a referee fixture: one Region is enough to check the rendering")
        network
        shared
        cache
        reader
        Connection(from: reader, to: cache)
        Queue("solo", type: .fifo(), encryption: .sqsManaged)
        Table("plain", partitionKey: KeyAttribute("id", .number), billing: .provisioned(read: 1, write: 1))
      }
    })
  }

  /// Stack tags reach every resource the referees' own schemas call taggable (cfn-lint's
  /// bundled resource schemas, the AWS provider's `tags` argument): the kitchen sink's and
  /// every example's (their golden output, which the CLI tests keep equal to a fresh synth).
  func testEveryTaggableResourceCarriesTags() throws {
    let result = synthesize(App { KitchenSink.stack })
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-tags-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    for output in result.files {
      let url = directory.appendingPathComponent(output.path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(output.contents.utf8).write(to: url)
    }
    let examples = try FileManager.default.contentsOfDirectory(
      at: RuleCatalogTests.repository.appendingPathComponent("Examples"), includingPropertiesForKeys: nil
    ).map { $0.appendingPathComponent("golden") }.filter { FileManager.default.fileExists(atPath: $0.path) }.sorted { $0.path < $1.path }
    XCTAssertGreaterThanOrEqual(examples.count, 6)
    let script = RuleCatalogTests.repository.appendingPathComponent("Scripts/untagged-resources.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, directory.path] + examples.map(\.path)
    // The plugin directory the other referee tests use (found by the testing module).
    var environment = ProcessInfo.processInfo.environment
    environment[Referees.pluginDirectoryVariable] = Referees.terraformPluginDirectory() ?? ""
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus == 2 {
      if Referees.areMandatory { return XCTFail("referee unavailable with CI set: \(message)") }
      throw XCTSkip("referee unavailable: \(message)")
    }
    XCTAssertEqual(process.terminationStatus, 0, message)
    struct Report: Decodable {
      var checked: [String: Int]
      var untagged: [String]
    }
    let report = try JSONDecoder().decode(Report.self, from: data)
    XCTAssertGreaterThan(report.checked["cloudformation"] ?? 0, 600, "the examples and the kitchen sink hold hundreds of taggable resources")
    XCTAssertGreaterThan(report.checked["terraform"] ?? 0, 700)
    XCTAssertEqual(report.untagged, [], "taggable resources without tags")
  }
}
