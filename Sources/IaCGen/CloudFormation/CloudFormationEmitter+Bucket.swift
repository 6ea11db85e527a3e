// Bucket -> AWS::S3::Bucket; BucketPolicy -> AWS::S3::BucketPolicy.

import JSONSyntax

extension CloudFormationEmitter {
  func translateBucket(_ bucket: Bucket) -> [CloudFormationResource] {
    var properties = CloudFormationProperties()
    properties.set("BucketName", bucket.physicalName)
    properties.set(
      "PublicAccessBlockConfiguration",
      .object(["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"].map { .init($0, .bool(true)) }))
    properties.set("OwnershipControls", .object([.init("Rules", .array([.object([.init("ObjectOwnership", .string(bucket.objectOwnership))])]))]))
    let byDefault: JSON.Value
    switch bucket.encryption {
    case .s3Managed:
      byDefault = .object([.init("SSEAlgorithm", .string("AES256"))])
    case .kms(let keyArn):
      byDefault = .object([.init("KMSMasterKeyID", .string(keyArn)), .init("SSEAlgorithm", .string("aws:kms"))])
    }
    var rule: [JSON.Member] = []
    if case .kms = bucket.encryption { rule.append(.init("BucketKeyEnabled", .bool(true))) }
    rule.append(.init("ServerSideEncryptionByDefault", byDefault))
    properties.set("BucketEncryption", .object([.init("ServerSideEncryptionConfiguration", .array([.object(rule)]))]))
    if bucket.versioning { properties.set("VersioningConfiguration", .object([.init("Status", .string("Enabled"))])) }
    if let replication = bucket.replication, let role = bucket.replicationRoleID, let replicaName = bucket.replicaName {
      var destination: [JSON.Member] = [
        .init("Bucket", CloudFormationValues.json("arn:\(StringValue.partition):s3:::\(replicaName)"))
      ]
      if let key = replication.replicaKmsKeyArn {
        destination.append(.init("EncryptionConfiguration", .object([.init("ReplicaKmsKeyID", .string(key))])))
      }
      if replication.replicationTimeControl {
        destination.append(.init("Metrics", .object([.init("EventThreshold", .object([.init("Minutes", .int(15))])), .init("Status", .string("Enabled"))])))
        destination.append(.init("ReplicationTime", .object([.init("Status", .string("Enabled")), .init("Time", .object([.init("Minutes", .int(15))]))])))
      }
      if let storageClass = replication.storageClass { destination.append(.init("StorageClass", .string(storageClass.rawValue))) }
      var rule: [JSON.Member] = [
        .init("DeleteMarkerReplication", .object([.init("Status", .string("Enabled"))])),
        .init("Destination", .object(destination)),
        .init("Filter", .object([.init("Prefix", .string(""))])),
        .init("Id", .string("replicate-to-\(replication.region.code)")),
        .init("Priority", .int(1)),
      ]
      if case .kms = bucket.encryption {
        rule.append(.init("SourceSelectionCriteria", .object([.init("SseKmsEncryptedObjects", .object([.init("Status", .string("Enabled"))]))])))
      }
      rule.append(.init("Status", .string("Enabled")))
      properties.set("ReplicationConfiguration", .object([
        .init("Role", CloudFormationValues.getAtt(role.logicalID, "Arn")), .init("Rules", .array([.object(rule)])),
      ]))
    }
    if !bucket.lifecycleRules.isEmpty {
      properties.set("LifecycleConfiguration", .object([.init("Rules", .array(bucket.lifecycleRules.map { lifecycle in
        var members: [JSON.Member] = []
        if let days = lifecycle.abortIncompleteUploads?.days {
          members.append(.init("AbortIncompleteMultipartUpload", .object([.init("DaysAfterInitiation", .int(days))])))
        }
        if let days = lifecycle.expiration?.days { members.append(.init("ExpirationInDays", .int(days))) }
        members.append(.init("Id", .string(lifecycle.id)))
        if let days = lifecycle.noncurrentVersionExpiration?.days {
          members.append(.init("NoncurrentVersionExpiration", .object([.init("NoncurrentDays", .int(days))])))
        }
        members.append(.init("Prefix", .string(lifecycle.prefix)))
        members.append(.init("Status", .string("Enabled")))
        if !lifecycle.transitions.isEmpty {
          members.append(.init("Transitions", .array(lifecycle.transitions.map {
            .object([.init("StorageClass", .string($0.storageClass.rawValue)), .init("TransitionInDays", .int($0.after.days))])
          })))
        }
        return .object(members)
      }))]))
    }
    if let tiering = bucket.intelligentTiering {
      var tierings: [JSON.Value] = []
      if let days = tiering.archiveAfter?.days {
        tierings.append(.object([.init("AccessTier", .string("ARCHIVE_ACCESS")), .init("Days", .int(days))]))
      }
      if let days = tiering.deepArchiveAfter?.days {
        tierings.append(.object([.init("AccessTier", .string("DEEP_ARCHIVE_ACCESS")), .init("Days", .int(days))]))
      }
      properties.set("IntelligentTieringConfigurations", .array([.object([
        .init("Id", .string("archive")), .init("Status", .string("Enabled")), .init("Tierings", .array(tierings)),
      ])]))
    }
    if bucket.transferAcceleration {
      properties.set("AccelerateConfiguration", .object([.init("AccelerationStatus", .string("Enabled"))]))
    }
    if !bucket.cors.isEmpty {
      properties.set("CorsConfiguration", .object([.init("CorsRules", .array(bucket.cors.map { cors in
        var members: [JSON.Member] = []
        if !cors.allowedHeaders.isEmpty { members.append(.init("AllowedHeaders", .array(cors.allowedHeaders.map(JSON.Value.string)))) }
        members.append(.init("AllowedMethods", .array(cors.allowedMethods.map(JSON.Value.string))))
        members.append(.init("AllowedOrigins", .array(cors.allowedOrigins.map(JSON.Value.string))))
        if !cors.exposeHeaders.isEmpty { members.append(.init("ExposedHeaders", .array(cors.exposeHeaders.map(JSON.Value.string)))) }
        if let maxAge = cors.maxAge { members.append(.init("MaxAge", .int(maxAge.seconds))) }
        return .object(members)
      }))]))
    }
    if !bucket.notifications.isEmpty {
      var queues: [JSON.Value] = []
      var functions: [JSON.Value] = []
      for notification in bucket.notifications {
        var filterRules: [JSON.Value] = []
        if let prefix = notification.prefix { filterRules.append(.object([.init("Name", .string("prefix")), .init("Value", .string(prefix))])) }
        if let suffix = notification.suffix { filterRules.append(.object([.init("Name", .string("suffix")), .init("Value", .string(suffix))])) }
        for event in notification.events {
          var members: [JSON.Member] = [.init("Event", .string(event.rawValue))]
          if !filterRules.isEmpty {
            members.append(.init("Filter", .object([.init("S3Key", .object([.init("Rules", .array(filterRules))]))])))
          }
          switch notification.destination {
          case .queue(let queue):
            queues.append(.object(members + [.init("Queue", CloudFormationValues.getAtt(queue.logicalID, "Arn"))]))
          case .function(let function):
            functions.append(.object(members + [.init("Function", CloudFormationValues.getAtt(function.logicalID, "Arn"))]))
          }
        }
      }
      var configuration: [JSON.Member] = []
      if !functions.isEmpty { configuration.append(.init("LambdaConfigurations", .array(functions))) }
      if !queues.isEmpty { configuration.append(.init("QueueConfigurations", .array(queues))) }
      properties.set("NotificationConfiguration", .object(configuration))
    }
    properties.set("Tags", CloudFormationValues.tags(bucket.tags))
    return [
      CloudFormationResource(
        logicalID: bucket.id.logicalID, type: "AWS::S3::Bucket", properties: properties,
        dependsOn: deliveryPermissionIDs(bucket).map(\.id.logicalID))
    ]
  }

  func translateBucketPolicy(_ policy: BucketPolicy) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Bucket", CloudFormationValues.ref(policy.bucket.logicalID))
    properties.set("PolicyDocument", CloudFormationValues.resourcePolicyDocument(policy.statements))
    return CloudFormationResource(logicalID: policy.id.logicalID, type: "AWS::S3::BucketPolicy", properties: properties)
  }
}
