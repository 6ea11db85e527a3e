// QueueTrigger -> AWS::Lambda::EventSourceMapping.

import JSONSyntax

extension CloudFormationEmitter {
  /// `function` is the trigger's target, when declared; its alias is invoked if it has one.
  func translateQueueTrigger(_ trigger: QueueTrigger, function: Function?) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("BatchSize", trigger.batchSize)
    properties.set("Enabled", trigger.enabled)
    properties.set("EventSourceArn", CloudFormationValues.getAtt(trigger.queue.logicalID, "Arn"))
    properties.set(
      "FunctionName",
      function?.alias != nil
        ? CloudFormationValues.ref(trigger.function.logicalID + "Alias")
        : CloudFormationValues.getAtt(trigger.function.logicalID, "Arn"))
    if trigger.reportBatchItemFailures {
      properties.set("FunctionResponseTypes", .array([.string("ReportBatchItemFailures")]))
    }
    if trigger.batchingWindow.seconds > 0 {
      properties.set("MaximumBatchingWindowInSeconds", trigger.batchingWindow.seconds)
    }
    if let limit = trigger.maximumConcurrency {
      properties.set("ScalingConfig", .object([.init("MaximumConcurrency", .int(limit))]))
    }
    properties.set("Tags", CloudFormationValues.tags(trigger.tags))
    return CloudFormationResource(
      logicalID: trigger.id.logicalID, type: "AWS::Lambda::EventSourceMapping", properties: properties)
  }
}
