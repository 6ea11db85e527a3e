// Role -> AWS::IAM::Role with one inline policy.

import JSONSyntax

extension CloudFormationEmitter {
  func translateRole(_ role: Role) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set(
      "AssumeRolePolicyDocument",
      .object([
        .init("Version", .string("2012-10-17")),
        .init("Statement", .array([
          .object([
            .init("Effect", .string("Allow")),
            .init("Principal", .object([.init("Service", .string(role.servicePrincipal))])),
            .init("Action", .string("sts:AssumeRole")),
          ])
        ])),
      ]))
    if !role.statements.isEmpty {
    properties.set(
      "Policies",
      .array([
        .object([
          .init("PolicyName", .string(role.id.rawValue)),
          .init("PolicyDocument", CloudFormationValues.policyDocument(role.statements)),
        ])
      ]))
    }
    properties.set("Tags", CloudFormationValues.tags(role.tags))
    var resource = CloudFormationResource(logicalID: role.id.logicalID, type: "AWS::IAM::Role", properties: properties)
    if let skip = CheckovSkip.actionsWithoutResourceLevelPermissions(role) { resource.checkovSkips = [skip] }
    return resource
  }
}
