// Queue -> aws_sqs_queue.

import HCL

extension TerraformEmitter {
  func translateQueue(_ queue: Queue) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", queue.physicalName)
    block.set("delay_seconds", queue.deliveryDelay.seconds)
    block.set("max_message_size", queue.maximumMessageBytes)
    block.set("message_retention_seconds", queue.retention.seconds)
    block.set("receive_wait_time_seconds", queue.receiveWaitTime.seconds)
    block.set("visibility_timeout_seconds", queue.visibilityTimeout.seconds)
    if case .fifo(let contentBasedDeduplication, let highThroughput) = queue.type {
      block.set("fifo_queue", true)
      block.set("content_based_deduplication", contentBasedDeduplication)
      block.set("deduplication_scope", highThroughput ? "messageGroup" : "queue")
      block.set("fifo_throughput_limit", highThroughput ? "perMessageGroupId" : "perQueue")
    }
    switch queue.encryption {
    case .sqsManaged:
      block.set("sqs_managed_sse_enabled", true)
    case .kms(let keyArn, let reuse):
      block.set("kms_master_key_id", keyArn)
      block.set("kms_data_key_reuse_period_seconds", reuse.seconds)
    }
    if let deadLetter = queue.deadLetter {
      block.set(
        "redrive_policy",
        .call("jsonencode", [
          .object([
            ("deadLetterTargetArn", TerraformValues.address("aws_sqs_queue", deadLetter.queue, "arn")),
            ("maxReceiveCount", .int(deadLetter.maxReceiveCount)),
          ])
        ]))
    }
    block.setTags(queue.tags)
    return resourceBlock("aws_sqs_queue", queue.id, block)
  }
}
