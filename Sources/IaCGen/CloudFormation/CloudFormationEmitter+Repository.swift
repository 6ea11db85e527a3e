// Repository -> AWS::ECR::Repository (lifecycle policy inline, as JSON text).

import JSONSyntax

extension CloudFormationEmitter {
  func translateRepository(_ repository: Repository) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("RepositoryName", repository.physicalName)
    properties.set("ImageTagMutability", repository.immutableTags ? "IMMUTABLE" : "MUTABLE")
    properties.set("ImageScanningConfiguration", .object([.init("ScanOnPush", .bool(repository.scanOnPush))]))
    var encryption: [JSON.Member] = [.init("EncryptionType", .string(repository.kmsKeyArn == nil ? "AES256" : "KMS"))]
    if let key = repository.kmsKeyArn { encryption.append(.init("KmsKey", .string(key))) }
    properties.set("EncryptionConfiguration", .object(encryption))
    let rules = repository.lifecycleRules
    if !rules.isEmpty {
      let document = JSON.Value.object([.init("rules", .array(rules.enumerated().map { position, rule in
        .object([
          .init("rulePriority", .int(position + 1)),
          .init("description", .string(rule.description)),
          .init("selection", .object(rule.selection.map { key, value in
            switch value {
            case .text(let text): return .init(key, .string(text))
            case .number(let number): return .init(key, .int(number))
            }
          })),
          .init("action", .object([.init("type", .string("expire"))])),
        ])
      }))])
      properties.set("LifecyclePolicy", .object([.init("LifecyclePolicyText", .string(JSON.Printer().printCompact(document)))]))
    }
    properties.set("Tags", CloudFormationValues.tags(repository.tags))
    return CloudFormationResource(logicalID: repository.id.logicalID, type: "AWS::ECR::Repository", properties: properties)
  }
}

extension CloudFormationEmitter {
  func translateRegistryReplication(_ replication: RegistryReplication) -> CloudFormationResource {
    let rules = replication.rules.map { rule in
      JSON.Value.object([
        .init("Destinations", .array(rule.regions.map { region in
          .object([.init("Region", .string(region.code)), .init("RegistryId", CloudFormationValues.json(StringValue.accountID))])
        })),
        .init("RepositoryFilters", .array(rule.repositories.map {
          .object([.init("Filter", .string($0)), .init("FilterType", .string("PREFIX_MATCH"))])
        })),
      ])
    }
    var properties = CloudFormationProperties()
    properties.set("ReplicationConfiguration", .object([.init("Rules", .array(rules))]))
    return CloudFormationResource(logicalID: replication.id.logicalID, type: "AWS::ECR::ReplicationConfiguration", properties: properties)
  }
}
