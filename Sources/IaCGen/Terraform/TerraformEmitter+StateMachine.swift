// StateMachine -> aws_sfn_state_machine.

import HCL

extension TerraformEmitter {
  func translateStateMachine(_ machine: StateMachine, in index: ModelIndex) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", machine.physicalName)
    block.set("type", machine.type.rawValue)
    if let role = machine.roleID { block.set("role_arn", TerraformValues.address("aws_iam_role", role, "arn")) }
    block.set("definition", .call("jsonencode", [hclDefinition(machine.definitionDocument(in: index))]))
    block.setTags(machine.tags)
    if let logs = machine.logGroupID {
      block.block("logging_configuration") { logging in
        logging.set("include_execution_data", machine.logging == .all)
        logging.set("level", machine.logging.rawValue)
        logging.set("log_destination", .template([.interpolation(TerraformValues.address("aws_cloudwatch_log_group", logs, "arn")), .literal(":*")]))
      }
    }
    block.block("tracing_configuration") { $0.set("enabled", machine.tracing) }
    if let role = machine.roleID { block.dependOn(["aws_iam_role_policy", role.terraformName]) }
    return resourceBlock("aws_sfn_state_machine", machine.id, block)
  }
}
