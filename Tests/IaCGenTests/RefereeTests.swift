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
}
