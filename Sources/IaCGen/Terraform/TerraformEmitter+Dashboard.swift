// Dashboard -> aws_cloudwatch_dashboard.

import HCL

extension TerraformEmitter {
  func translateDashboard(_ dashboard: Dashboard) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("dashboard_name", dashboard.physicalName)
    block.set("dashboard_body", .call("jsonencode", [hclDefinition(dashboard.body)]))
    return resourceBlock("aws_cloudwatch_dashboard", dashboard.id, block)
  }
}

/// A definition tree as an HCL value (for `jsonencode`).
func hclDefinition(_ node: DefinitionNode) -> HCL.Expression {
  switch node {
  case .string(let value): return TerraformValues.expression(value)
  case .int(let number): return .int(number)
  case .double(let number): return .double(number)
  case .bool(let flag): return .bool(flag)
  case .array(let elements): return .tuple(elements.map(hclDefinition))
  case .object(let members): return .object(members.map { ($0.key, hclDefinition($0.value)) })
  }
}
