// LambdaDeployment -> AWS::CodeDeploy::Application + AWS::CodeDeploy::DeploymentGroup.

import JSONSyntax

extension CloudFormationEmitter {
  func translateLambdaDeployment(_ deployment: LambdaDeployment) -> [CloudFormationResource] {
    var app = CloudFormationProperties()
    app.set("ApplicationName", deployment.applicationName)
    app.set("ComputePlatform", "Lambda")
    app.set("Tags", CloudFormationValues.tags(deployment.tags))
    var group = CloudFormationProperties()
    group.set("ApplicationName", CloudFormationValues.ref(deployment.part("application").logicalID))
    group.set("DeploymentGroupName", deployment.groupName)
    group.set("DeploymentConfigName", deployment.strategy.rawValue)
    if let role = deployment.roleID { group.set("ServiceRoleArn", CloudFormationValues.getAtt(role.logicalID, "Arn")) }
    group.set("AutoRollbackConfiguration", .object([
      .init("Enabled", .bool(true)),
      .init("Events", .array([.string("DEPLOYMENT_FAILURE"), .string("DEPLOYMENT_STOP_ON_ALARM")])),
    ]))
    if !deployment.rollbackAlarms.isEmpty {
      group.set("AlarmConfiguration", .object([
        .init("Alarms", .array(deployment.rollbackAlarms.map { .object([.init("Name", CloudFormationValues.ref($0.logicalID))]) })),
        .init("Enabled", .bool(true)),
      ]))
    }
    group.set("Tags", CloudFormationValues.tags(deployment.tags))
    group.set("DeploymentStyle", .object([
      .init("DeploymentOption", .string("WITH_TRAFFIC_CONTROL")), .init("DeploymentType", .string("BLUE_GREEN")),
    ]))
    return [
      CloudFormationResource(logicalID: deployment.part("application").logicalID, type: "AWS::CodeDeploy::Application", properties: app),
      CloudFormationResource(logicalID: deployment.id.logicalID, type: "AWS::CodeDeploy::DeploymentGroup", properties: group),
    ]
  }
}
