// LogGroup -> aws_cloudwatch_log_group.

import HCL

extension TerraformEmitter {
  func translateLogGroup(_ logGroup: LogGroup) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", logGroup.name)
    block.set("retention_in_days", logGroup.retentionDays)
    block.setTags(logGroup.tags)
    return resourceBlock("aws_cloudwatch_log_group", logGroup.id, block)
  }
}
