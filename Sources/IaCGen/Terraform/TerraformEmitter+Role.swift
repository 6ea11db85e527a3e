// Role -> aws_iam_role + aws_iam_role_policy.

import HCL

extension TerraformEmitter {
  func translateRole(_ role: Role) -> [HCL.Block] {
    var roleBlock = TerraformBlockBuilder()
    roleBlock.set(
      "assume_role_policy",
      .call("jsonencode", [
        .object([
          ("Version", .string("2012-10-17")),
          ("Statement", .tuple([
            .object([
              ("Effect", .string("Allow")),
              ("Principal", .object([("Service", .string(role.servicePrincipal))])),
              ("Action", .string("sts:AssumeRole")),
            ])
          ])),
        ])
      ]))
    roleBlock.setTags(role.tags)
    guard !role.statements.isEmpty else { return [resourceBlock("aws_iam_role", role.id, roleBlock)] }
    var policy = TerraformBlockBuilder()
    policy.set("name", role.id.rawValue)
    policy.set("role", TerraformValues.address("aws_iam_role", role.id, "id"))
    policy.set("policy", .call("jsonencode", [TerraformValues.policyDocument(role.statements)]))
    return [resourceBlock("aws_iam_role", role.id, roleBlock), resourceBlock("aws_iam_role_policy", role.id, policy)]
  }
}
