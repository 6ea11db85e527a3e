@testable import IaCGen
import IaCGenTesting
import JSONSyntax
import XCTest

/// Apps across Regions: global tables in both formats, provider aliases, the deploy manifest,
/// and references between Regions.
final class MultiRegionTests: XCTestCase {
  static let memos = Table(
    "memos", name: "memos-global", partitionKey: KeyAttribute("pk", .string), stream: .newAndOldImages,
    replicas: [TableReplica(.usWest2), TableReplica(.euWest1, deletionProtection: false), TableReplica(.apSoutheast1, tags: ["replica": "apac"])])

  static func regionalStack(_ region: Region, grants: [Grant]) -> Stack {
    let reader = Function(
      "reader", code: .s3(bucket: "artifacts", key: "reader.zip"), runtime: .python3_12, handler: "app.handler", grants: grants)
    return Stack("regional-\(region.code)", region: region) { reader }
  }

  /// The regional stack is declared first; the manifest still deploys the table's stack first.
  static var app: App {
    App {
      regionalStack(.usWest2, grants: [.readWrite(memos.replica(in: .usWest2))])
      Stack("global", region: .usEast1) { memos }
    }
  }

  /// Aurora Global Database: a primary in us-east-1 with its generated master secret, a
  /// secondary in us-west-2 joining by the global identifier.
  static var globalDatabaseApp: App {
    let primaryNetwork = Network("net", cidr: "10.0.0.0/16")
    let primary = AuroraCluster(
      "accounts", readers: 1, backupRetentionDays: 35, network: .private(primaryNetwork), globalDatabase: .primary(identifier: "accounts-global"))
    let standbyNetwork = Network("net", cidr: "10.1.0.0/16")
    let standby = AuroraCluster("accounts", readers: 1, backupRetentionDays: 35, network: .private(standbyNetwork), globalDatabase: .secondary(of: primary))
    return App {
      Stack("dr", region: .usWest2) { standbyNetwork; standby }
      Stack("main", region: .usEast1) { primaryNetwork; primary; Output("secret", primary.masterSecretArn) }
    }
  }

  func testGlobalDatabaseRendersPrimarySecondaryAndDeployOrder() throws {
    let result = synthesize(Self.globalDatabaseApp)
    XCTAssertEqual(result.diagnosticText, "")
    let primary = try XCTUnwrap(result.file("terraform/main/main.tf"))
    XCTAssertTrue(primary.contains("resource \"aws_rds_global_cluster\" \"accounts_global\""), primary)
    XCTAssertTrue(primary.contains("master_password"), primary)
    XCTAssertFalse(primary.contains("manage_master_user_password"), primary)
    let secondary = try XCTUnwrap(result.file("terraform/dr/main.tf"))
    XCTAssertTrue(secondary.contains("global_cluster_identifier = \"accounts-global\""), secondary)
    XCTAssertFalse(secondary.contains("master_username"), secondary)
    let manifest = try XCTUnwrap(result.file("cloudformation/manifest.json"))
    XCTAssertLessThan(try XCTUnwrap(manifest.range(of: "\"main.template.json\"")).lowerBound, try XCTUnwrap(manifest.range(of: "\"dr.template.json\"")).lowerBound)
  }

  /// A provisioned global table: write and read capacity scale by target tracking in every
  /// Region (Terraform: a target per Region; CloudFormation: inside the global table).
  static var provisionedGlobalTableApp: App {
    let ledger = Table(
      "ledger", name: "ledger-global", partitionKey: KeyAttribute("pk", .string), billing: .provisioned(read: 20, write: 10),
      globalIndexes: [GlobalIndex("by-day", partitionKey: KeyAttribute("day", .string))], stream: .newAndOldImages,
      replicas: [TableReplica(.euWest1)])
    return App {
      Stack("ledger", region: .usEast1) {
        ledger
        AutoScaling("ledger-writes", target: .tableWrites(ledger), min: 10, max: 200, targetTracking: [.writeUtilization(70)])
        AutoScaling("ledger-reads", target: .tableReads(ledger), min: 20, max: 400, targetTracking: [.readUtilization(70)])
      }
    }
  }

  func testProvisionedGlobalTableScalesInEveryRegion() throws {
    let result = synthesize(Self.provisionedGlobalTableApp)
    XCTAssertEqual(result.diagnosticText, "")
    let main = try XCTUnwrap(result.file("terraform/ledger/main.tf"))
    XCTAssertTrue(main.contains("resource \"aws_appautoscaling_target\" \"ledger_writes_eu_west_1\""), main)
    let template = try XCTUnwrap(result.file("cloudformation/ledger.template.json"))
    XCTAssertTrue(template.contains("WriteCapacityAutoScalingSettings"), template)
    XCTAssertTrue(template.contains("ReadCapacityAutoScalingSettings"), template)
    XCTAssertFalse(template.contains("AWS::ApplicationAutoScaling::ScalableTarget"), template)
  }

  func testProvisionedGlobalTableWithoutWriteScalingIsRejected() {
    let ledger = Table(
      "ledger", name: "ledger-global", partitionKey: KeyAttribute("pk", .string), billing: .provisioned(read: 20, write: 10),
      stream: .newAndOldImages, replicas: [TableReplica(.euWest1)])
    let result = synthesize(App { Stack("ledger", region: .usEast1) { ledger } })
    XCTAssertTrue(result.diagnosticText.contains("error: [GT001] table 'ledger' has replicas and provisioned capacity but no target-tracking auto scaling of its writes"), result.diagnosticText)
  }

  func testGlobalTableHasThreeReplicasInBothFormats() throws {
    let result = synthesize(Self.app)
    XCTAssertEqual(result.diagnosticText, "")
    let versions = try XCTUnwrap(result.file("terraform/global/versions.tf"))
    for alias in ["us_west_2", "eu_west_1", "ap_southeast_1"] {
      XCTAssertTrue(versions.contains("alias  = \"\(alias)\""), versions)
    }
    let main = try XCTUnwrap(result.file("terraform/global/main.tf"))
    XCTAssertEqual(main.components(separatedBy: "resource \"aws_dynamodb_table_replica\"").count - 1, 3)
    XCTAssertTrue(main.contains("provider                    = aws.eu_west_1"), main)
    XCTAssertTrue(main.contains("ignore_changes = [replica]"), main)
  }

  func testGlobalTableTemplateListsEveryRegion() throws {
    let result = synthesize(Self.app)
    let template = try XCTUnwrap(result.file("cloudformation/global.template.json"))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(template.utf8)) as? [String: Any])
    let memos = try XCTUnwrap((json["Resources"] as? [String: Any])?["Memos"] as? [String: Any])
    XCTAssertEqual(memos["Type"] as? String, "AWS::DynamoDB::GlobalTable")
    let replicas = try XCTUnwrap((memos["Properties"] as? [String: Any])?["Replicas"] as? [[String: Any]])
    XCTAssertEqual(replicas.map { $0["Region"] as? String }, ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-1"])
    XCTAssertEqual(replicas.map { $0["DeletionProtectionEnabled"] as? Bool }, [true, true, false, true])
  }

  func testManifestDeploysTheTableBeforeTheStackThatUsesItsReplica() throws {
    let result = synthesize(Self.app)
    let manifest = try XCTUnwrap(result.file("cloudformation/manifest.json"))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any])
    let templates = try XCTUnwrap(json["templates"] as? [[String: Any]])
    XCTAssertEqual(templates.map { $0["template"] as? String }, ["global.template.json", "regional-us-west-2.template.json"])
    XCTAssertEqual(templates.map { $0["region"] as? String }, ["us-east-1", "us-west-2"])
    XCTAssertEqual(templates[1]["dependsOn"] as? [String], ["global"])
  }

  func testReplicaGrantUsesTheReplicaArnInItsRegion() throws {
    let result = synthesize(Self.app)
    let main = try XCTUnwrap(result.file("terraform/regional-us-west-2/main.tf"))
    XCTAssertTrue(main.contains(":dynamodb:us-west-2:${data.aws_caller_identity.current.account_id}:table/memos-global\""), main)
  }

  func testReferenceAcrossRegionsWithoutAMechanismIsReportedAtItsLine() {
    let memos = Self.memos
    let reader = Function(
      "reader", code: .s3(bucket: "artifacts", key: "reader.zip"), runtime: .python3_12, handler: "app.handler",
      environment: ["TABLE": memos.tableName], grants: [.readWrite(memos)])
    let line = #line - 3
    let result = synthesize(App {
      Stack("global", region: .usEast1) { memos }
      Stack("regional", region: .usWest2) { reader }
    })
    XCTAssertEqual(result.diagnosticText, """
      IaCGenTests/MultiRegionTests.swift:\(line):26: error: [STK003] function 'reader' refers to table 'memos' of stack 'global' in us-east-1, another Region than us-west-2; stacks do not share references: name it explicitly (for a global table, `table.replica(in:)`)
        note: in stack 'regional', resource 'reader' (aws_lambda_function.reader / AWS::Lambda::Function)

      """)
    XCTAssertTrue(result.files.isEmpty)
  }

  func testReplicaInARegionTheTableDoesNotReplicateToIsReported() {
    let result = synthesize(App {
      Self.regionalStack(.euCentral1, grants: [.read(Self.memos.replica(in: .euCentral1))])
      Stack("global", region: .usEast1) { Self.memos }
    })
    XCTAssertTrue(
      result.diagnosticText.contains(
        "error: [XR001] function 'reader' is granted on the replica of table 'memos' in eu-central-1, but the table (stack 'global', us-east-1) has no replica there"),
      result.diagnosticText)
  }

  func testDAXInARegionWithoutDAXIsReportedAtItsLine() {
    let table = Table("items", partitionKey: KeyAttribute("pk", .string))
    let network = Network("net", cidr: "10.0.0.0/16")
    let cluster = DAXCluster("reads", tables: [table], network: .private(network))
    let line = #line - 1
    let result = synthesize(App { Stack("stockholm", region: "eu-north-1") { table; network; cluster } })
    XCTAssertTrue(
      result.diagnosticText.contains(
        "IaCGenTests/MultiRegionTests.swift:\(line):29: error: [DAX003] DAX cluster 'reads' is in eu-north-1, where DAX is not available"),
      result.diagnosticText)
  }
}
