// QueuePolicy -> aws_sqs_queue_policy; FunctionPermission -> aws_lambda_permission.

import HCL

extension TerraformEmitter {
  func translateQueuePolicy(_ policy: QueuePolicy) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("queue_url", TerraformValues.address("aws_sqs_queue", policy.queue, "id"))
    block.set("policy", .call("jsonencode", [TerraformValues.resourcePolicyDocument(policy.statements)]))
    return resourceBlock("aws_sqs_queue_policy", policy.id, block)
  }

  func translateFunctionPermission(_ permission: FunctionPermission) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("action", "lambda:InvokeFunction")
    block.set("function_name", TerraformValues.address("aws_lambda_function", permission.function, "function_name"))
    block.set("principal", permission.principal)
    block.set("source_account", TerraformValues.traversal(.accountID))
    block.set("source_arn", TerraformValues.expression(permission.sourceArn))
    return resourceBlock("aws_lambda_permission", permission.id, block)
  }
}
