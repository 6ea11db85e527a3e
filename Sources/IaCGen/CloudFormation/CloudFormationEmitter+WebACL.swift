// WebACL -> AWS::WAFv2::WebACL + AWS::WAFv2::WebACLAssociation.

import JSONSyntax

extension CloudFormationEmitter {
  func translateWebACL(_ acl: WebACL, in index: ModelIndex) -> [CloudFormationResource] {
    func visibility(_ metric: String) -> JSON.Value {
      .object([
        .init("CloudWatchMetricsEnabled", .bool(true)), .init("MetricName", .string(metric)), .init("SampledRequestsEnabled", .bool(true)),
      ])
    }
    var rules: [JSON.Value] = acl.managedRules.enumerated().map { position, group in
      .object([
        .init("Name", .string(group.name)),
        .init("OverrideAction", .object([.init("None", .object([]))])),
        .init("Priority", .int(position)),
        .init("Statement", .object([.init("ManagedRuleGroupStatement", .object([
          .init("Name", .string(group.name)), .init("VendorName", .string("AWS")),
        ]))])),
        .init("VisibilityConfig", visibility(group.name)),
      ])
    }
    if let limit = acl.rateLimitPerIP {
      rules.append(.object([
        .init("Action", .object([.init("Block", .object([]))])),
        .init("Name", .string("rate-limit-per-ip")),
        .init("Priority", .int(acl.managedRules.count)),
        .init("Statement", .object([.init("RateBasedStatement", .object([
          .init("AggregateKeyType", .string("IP")), .init("Limit", .int(limit)),
        ]))])),
        .init("VisibilityConfig", visibility("rate-limit-per-ip")),
      ]))
    }
    var main = CloudFormationProperties()
    main.set("Name", acl.physicalName)
    main.set("Scope", acl.scope.rawValue)
    main.set("DefaultAction", .object([.init("Allow", .object([]))]))
    main.set("Rules", .array(rules))
    main.set("VisibilityConfig", visibility(acl.physicalName))
    main.set("Tags", CloudFormationValues.tags(acl.tags))
    var resources = [CloudFormationResource(logicalID: acl.id.logicalID, type: "AWS::WAFv2::WebACL", properties: main)]
    for protected in acl.protects {
      var association = CloudFormationProperties()
      association.set("WebACLArn", CloudFormationValues.getAtt(acl.id.logicalID, "Arn"))
      switch protected {
      case .loadBalancer(let id):
        association.set("ResourceArn", CloudFormationValues.ref(id.logicalID))
      case .restApi(let id):
        association.set("ResourceArn", .object([.init("Fn::Sub", .string(
          "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${\(id.logicalID)}/stages/${\(id.appending("stage").logicalID)}"))]))
      }
      resources.append(
        CloudFormationResource(
          logicalID: acl.part("protects-" + protected.resource.rawValue).logicalID, type: "AWS::WAFv2::WebACLAssociation",
          properties: association))
    }
    return resources
  }
}
