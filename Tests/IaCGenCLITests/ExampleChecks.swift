import Foundation
import IaCGenTesting
import XCTest

/// What each example's synthesized templates must hold: the figures its seed documents,
/// asserted with the testing module on the CloudFormation files the CLI wrote.
enum ExampleChecks {
  typealias Check = (_ cloudformation: URL) throws -> Void

  static func template(_ directory: URL, _ stack: String) throws -> CloudFormationTemplate {
    try CloudFormationTemplate(contentsOf: directory.appendingPathComponent("\(stack).template.json"))
  }

  static let byName: [String: Check] = [
    // Seed 000: reserved concurrency 10 -> 200 for uploads, DAX in front of the job table.
    "AudioService": { directory in
      let audio = try template(directory, "audio-service")
      audio.assertHasResourceProperties("AWS::Lambda::Function", ["FunctionName": "audio-service-upload", "ReservedConcurrentExecutions": 200])
      audio.assertHasResourceProperties("AWS::DAX::Cluster", ["ReplicationFactor": 3, "SSESpecification": ["SSEEnabled": true]])
    },
    // Seed 001: Redis in cluster mode, 3 shards x 2 replicas; 35-day backups.
    "CloudSync": { directory in
      let primary = try template(directory, "cloudsync")
      primary.assertHasResourceProperties("AWS::ElastiCache::ReplicationGroup", ["NumNodeGroups": 3, "ReplicasPerNodeGroup": 2])
      primary.assertHasResourceProperties("AWS::RDS::DBInstance", ["BackupRetentionPeriod": 35])
    },
    // Seed 002, phase 0: pay-per-request tables and no WAF yet.
    "Phase0": { directory in
      let platform = try template(directory, "platform-phase0")
      platform.assertHasResourceProperties("AWS::DynamoDB::Table", ["BillingMode": "PAY_PER_REQUEST"])
      platform.assertResourceCount("AWS::WAFv2::WebACL", 0)
    },
    // Seed 002, phase 1: auto scaling begins.
    "Phase1": { directory in
      let platform = try template(directory, "platform-phase1")
      platform.assertHasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", ["ScalableDimension": "ecs:service:DesiredCount"])
    },
    // Seed 002, phase 2: WAF on the API, DAX, a multi-AZ Aurora cluster.
    "Phase2": { directory in
      let platform = try template(directory, "platform-phase2")
      platform.assertResourceCount("AWS::WAFv2::WebACL", 1)
      platform.assertHasResourceProperties("AWS::DAX::Cluster", ["ReplicationFactor": .anyValue])
    },
    // Seed 002, phase 3: CloudFront in front, Aurora Global Database.
    "Phase3": { directory in
      let platform = try template(directory, "platform-phase3")
      platform.assertResourceCount("AWS::CloudFront::Distribution", 1)
      platform.assertResourceCount("AWS::RDS::GlobalCluster", 1)
    },
    // Seed 003: simple scaling policies with 300 s cooldowns, CodeDeploy blue/green.
    "Podinfo": { directory in
      let podinfo = try template(directory, "podinfo")
      podinfo.assertHasResourceProperties("AWS::AutoScaling::ScalingPolicy", ["PolicyType": "SimpleScaling", "Cooldown": "300"])
      podinfo.assertResourceCount("AWS::CodeDeploy::DeploymentGroup", 1)
    },
    // The quick-start worker: a queue with a dead-letter queue, consumed by a function.
    "QueueWorker": { directory in
      let worker = try template(directory, "queue-worker")
      worker.assertHasResourceProperties("AWS::SQS::Queue", ["RedrivePolicy": ["maxReceiveCount": .anyValue]])
      worker.assertResourceCount("AWS::Lambda::EventSourceMapping", 1)
    },
    // Seed 004: the memo table as a global table with three more Regions.
    "WhisperSync": { directory in
      let primary = try template(directory, "whispersync")
      let replicas = Capture()
      primary.assertHasResourceProperties("AWS::DynamoDB::GlobalTable", ["Replicas": .capture(replicas)])
      if case .array(let regions)? = replicas.value { XCTAssertEqual(regions.count, 4, "the table's own Region and three replicas") }
    },
  ]
}
