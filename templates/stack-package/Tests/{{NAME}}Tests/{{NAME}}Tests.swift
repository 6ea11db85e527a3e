import IaCGen
import IaCGenTesting
import XCTest
import {{NAME}}Stacks

/// Unit tests of the infrastructure: the validator's findings and the rendered templates.
final class {{NAME}}Tests: XCTestCase {
  func testTheAppValidatesWithoutErrors() {
    assertNoErrors(makeApp())
  }

  func testTheJobQueueKeepsFailedMessages() {
    let template = CloudFormationTemplate(makeApp(), stack: "{{STACK}}")
    template.assertResourceCount("AWS::SQS::Queue", 2)
    template.assertHasResourceProperties("AWS::SQS::Queue", [
      "VisibilityTimeout": 300,
      "RedrivePolicy": ["maxReceiveCount": 3],
    ])
  }

  func testTheQueuesAreEncryptedInTerraform() {
    let configuration = TerraformConfiguration(makeApp(), stack: "{{STACK}}")
    configuration.assertHasResource("aws_sqs_queue", ["name": "{{STACK}}-jobs", "sqs_managed_sse_enabled": true])
  }
}
