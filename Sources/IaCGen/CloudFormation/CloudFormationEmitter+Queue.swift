// Queue -> AWS::SQS::Queue.

import JSONSyntax

extension CloudFormationEmitter {
  func translateQueue(_ queue: Queue) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("QueueName", queue.physicalName)
    properties.set("DelaySeconds", queue.deliveryDelay.seconds)
    properties.set("MaximumMessageSize", queue.maximumMessageBytes)
    properties.set("MessageRetentionPeriod", queue.retention.seconds)
    properties.set("ReceiveMessageWaitTimeSeconds", queue.receiveWaitTime.seconds)
    properties.set("VisibilityTimeout", queue.visibilityTimeout.seconds)
    if case .fifo(let contentBasedDeduplication, let highThroughput) = queue.type {
      properties.set("FifoQueue", true)
      properties.set("ContentBasedDeduplication", contentBasedDeduplication)
      properties.set("DeduplicationScope", highThroughput ? "messageGroup" : "queue")
      properties.set("FifoThroughputLimit", highThroughput ? "perMessageGroupId" : "perQueue")
    }
    switch queue.encryption {
    case .sqsManaged:
      properties.set("SqsManagedSseEnabled", true)
    case .kms(let keyArn, let reuse):
      properties.set("KmsMasterKeyId", keyArn)
      properties.set("KmsDataKeyReusePeriodSeconds", reuse.seconds)
    }
    if let deadLetter = queue.deadLetter {
      properties.set(
        "RedrivePolicy",
        .object([
          .init("deadLetterTargetArn", CloudFormationValues.getAtt(deadLetter.queue.logicalID, "Arn")),
          .init("maxReceiveCount", .int(deadLetter.maxReceiveCount)),
        ]))
    }
    properties.set("Tags", CloudFormationValues.tags(queue.tags))
    var resource = CloudFormationResource(logicalID: queue.id.logicalID, type: "AWS::SQS::Queue", properties: properties)
    if case .sqsManaged = queue.encryption { resource.checkovSkips = [.queueManagedEncryption] }
    return resource
  }
}
