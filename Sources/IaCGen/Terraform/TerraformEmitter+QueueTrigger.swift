// QueueTrigger -> aws_lambda_event_source_mapping.

import HCL

extension TerraformEmitter {
  /// `function` is the trigger's target, when declared; its alias is invoked if it has one.
  func translateQueueTrigger(_ trigger: QueueTrigger, function: Function?) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("batch_size", trigger.batchSize)
    block.set("enabled", trigger.enabled)
    block.set("event_source_arn", TerraformValues.address("aws_sqs_queue", trigger.queue, "arn"))
    block.set(
      "function_name",
      function?.alias != nil
        ? TerraformValues.address("aws_lambda_alias", trigger.function, "arn")
        : TerraformValues.address("aws_lambda_function", trigger.function, "arn"))
    if trigger.reportBatchItemFailures {
      block.set("function_response_types", .tuple([.string("ReportBatchItemFailures")]))
    }
    if trigger.batchingWindow.seconds > 0 {
      block.set("maximum_batching_window_in_seconds", trigger.batchingWindow.seconds)
    }
    if let limit = trigger.maximumConcurrency {
      block.block("scaling_config") { $0.set("maximum_concurrency", limit) }
    }
    block.setTags(trigger.tags)
    return resourceBlock("aws_lambda_event_source_mapping", trigger.id, block)
  }
}
