// QueuePolicy -> AWS::SQS::QueuePolicy; FunctionPermission -> AWS::Lambda::Permission.

import JSONSyntax

extension CloudFormationEmitter {
  func translateQueuePolicy(_ policy: QueuePolicy) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Queues", .array([CloudFormationValues.ref(policy.queue.logicalID)]))
    properties.set("PolicyDocument", CloudFormationValues.resourcePolicyDocument(policy.statements))
    return CloudFormationResource(logicalID: policy.id.logicalID, type: "AWS::SQS::QueuePolicy", properties: properties)
  }

  func translateFunctionPermission(_ permission: FunctionPermission) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("Action", "lambda:InvokeFunction")
    properties.set("FunctionName", CloudFormationValues.ref(permission.function.logicalID))
    properties.set("Principal", permission.principal)
    properties.set("SourceAccount", CloudFormationValues.ref("AWS::AccountId"))
    properties.set("SourceArn", CloudFormationValues.json(permission.sourceArn))
    return CloudFormationResource(
      logicalID: permission.id.logicalID, type: "AWS::Lambda::Permission", properties: properties)
  }
}
