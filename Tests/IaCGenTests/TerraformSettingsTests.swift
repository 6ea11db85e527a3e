import IaCGen
import IaCGenTesting
import XCTest

/// What `versions.tf` and `terraform/manifest.json` say about a module's state backend and
/// the AWS provider version, as the app and its stacks choose them.
final class TerraformSettingsTests: XCTestCase {
  func versions(_ result: SynthesisResult, stack: String) throws -> String {
    try XCTUnwrap(result.files.first { $0.path == "terraform/\(stack)/versions.tf" }).contents
  }

  func testTheDefaultKeepsLocalStateBesideTheOutput() throws {
    let result = Baseline().synthesize()
    let text = try versions(result, stack: "orders")
    XCTAssertTrue(text.contains("""
        required_version = ">= 1.5.0"

        backend "local" {
          path = "../../../iacgen.state/orders/terraform.tfstate"
        }
      """), text)
    XCTAssertTrue(text.contains("version = \"5.100.0\""), text)
  }

  func testAnAbsoluteLocalDirectoryIsUsedAsItIs() throws {
    var baseline = Baseline()
    baseline.backend = .local(directory: "/var/lib/terraform/")
    let text = try versions(baseline.synthesize(), stack: "orders")
    XCTAssertTrue(text.contains("path = \"/var/lib/terraform/orders/terraform.tfstate\""), text)
  }

  func testAnS3BackendKeysEachStackByNameAndRegionAndLocksWithAFile() throws {
    var baseline = Baseline()
    baseline.backend = .s3(bucket: "acme-terraform-state", region: .euWest1, keyPrefix: "whispersync/")
    baseline.extraStacks = [
      Stack("billing", region: .usWest2, backend: .s3(bucket: "acme-terraform-state", region: .euWest1, key: "legacy/billing.tfstate", locking: .lockFileAndDynamoDB(table: "terraform-locks"), kmsKeyID: "alias/terraform")) {
        Topic("invoices")
      },
    ]
    let result = baseline.synthesize()
    XCTAssertEqual(result.diagnosticText, "")
    XCTAssertTrue(try versions(result, stack: "orders").contains("""
        required_version = ">= 1.10.0"

        backend "s3" {
          bucket       = "acme-terraform-state"
          key          = "whispersync/orders/us-east-1/terraform.tfstate"
          region       = "eu-west-1"
          encrypt      = true
          use_lockfile = true
        }
      """))
    XCTAssertTrue(try versions(result, stack: "billing").contains("""
        backend "s3" {
          bucket         = "acme-terraform-state"
          key            = "legacy/billing.tfstate"
          region         = "eu-west-1"
          encrypt        = true
          kms_key_id     = "alias/terraform"
          use_lockfile   = true
          dynamodb_table = "terraform-locks"
        }
      """))
    let manifest = try XCTUnwrap(result.files.first { $0.path == "terraform/manifest.json" }).contents
    XCTAssertTrue(manifest.contains("\"key\": \"whispersync/orders/us-east-1/terraform.tfstate\""), manifest)
    try assertRefereesAccept(App(stacks: [baseline.stack()] + baseline.extraStacks, backend: baseline.backend))
  }

  func testADynamoDBLockAloneAsksForAnyTerraformFrom1_5() throws {
    var baseline = Baseline()
    baseline.backend = .s3(bucket: "acme-terraform-state", region: .usEast1, locking: .dynamoDB(table: "terraform-locks"))
    let text = try versions(baseline.synthesize(), stack: "orders")
    XCTAssertTrue(text.contains("required_version = \">= 1.5.0\""), text)
    XCTAssertFalse(text.contains("use_lockfile"), text)
  }

  /// A newer provider admits newer runtimes: python3.14 is clean with "~> 6.20", and every
  /// module requires that constraint.
  func testTheChosenProviderVersionIsRequiredAndJudgesRuntimes() throws {
    var baseline = Baseline()
    baseline.function.runtime = .python3_14
    baseline.awsProvider = "~> 6.20"
    let result = baseline.synthesize()
    XCTAssertEqual(result.diagnosticText, "")
    XCTAssertTrue(try versions(result, stack: "orders").contains("""
            source  = "hashicorp/aws"
            version = "~> 6.20"
      """))
  }
}
