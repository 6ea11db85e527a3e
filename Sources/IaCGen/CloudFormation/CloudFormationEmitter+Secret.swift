// Secret -> AWS::SecretsManager::Secret (+ RotationSchedule); KinesisStream -> AWS::Kinesis::Stream.

import JSONSyntax

extension CloudFormationEmitter {
  func translateSecret(_ secret: Secret) -> [CloudFormationResource] {
    var properties = CloudFormationProperties()
    properties.set("Name", secret.physicalName)
    properties.set("Description", secret.description)
    properties.set("KmsKeyId", secret.kmsKeyArn)
    var generate: [JSON.Member] = [
      .init("ExcludeCharacters", .string(secret.generate.excludeCharacters)),
      .init("PasswordLength", .int(secret.generate.length)),
    ]
    if let template = secret.generate.template, let key = secret.generate.key {
      generate.append(.init("GenerateStringKey", .string(key)))
      generate.append(.init("SecretStringTemplate", .string(template)))
    }
    properties.set("GenerateSecretString", .object(generate))
    if !secret.replicas.isEmpty {
      properties.set("ReplicaRegions", .array(secret.replicas.map { replica in
        var members: [JSON.Member] = []
        if let key = replica.kmsKeyArn { members.append(.init("KmsKeyId", .string(key))) }
        members.append(.init("Region", .string(replica.region.code)))
        return .object(members)
      }))
    }
    properties.set("Tags", CloudFormationValues.tags(secret.tags))
    var resources = [CloudFormationResource(logicalID: secret.id.logicalID, type: "AWS::SecretsManager::Secret", properties: properties)]
    if let rotation = secret.rotation {
      var schedule = CloudFormationProperties()
      schedule.set("RotationLambdaARN", CloudFormationValues.getAtt(rotation.function.logicalID, "Arn"))
      schedule.set("RotationRules", .object([.init("AutomaticallyAfterDays", .int(rotation.every.days))]))
      schedule.set("SecretId", CloudFormationValues.ref(secret.id.logicalID))
      resources.append(
        CloudFormationResource(
          logicalID: secret.id.logicalID + "Rotation", type: "AWS::SecretsManager::RotationSchedule", properties: schedule,
          dependsOn: [rotation.function.appending("invoke-from-" + secret.id.rawValue).logicalID]))
    }
    return resources
  }

  func translateStream(_ stream: KinesisStream) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Name", stream.physicalName)
    properties.set("RetentionPeriodHours", stream.retention.seconds / 3600)
    properties.set(
      "StreamEncryption",
      .object([.init("EncryptionType", .string("KMS")), .init("KeyId", .string(stream.kmsKeyArn ?? "alias/aws/kinesis"))]))
    switch stream.capacity {
    case .onDemand:
      properties.set("StreamModeDetails", .object([.init("StreamMode", .string("ON_DEMAND"))]))
    case .provisioned(let shards):
      properties.set("ShardCount", shards)
      properties.set("StreamModeDetails", .object([.init("StreamMode", .string("PROVISIONED"))]))
    }
    properties.set("Tags", CloudFormationValues.tags(stream.tags))
    return CloudFormationResource(logicalID: stream.id.logicalID, type: "AWS::Kinesis::Stream", properties: properties)
  }
}
