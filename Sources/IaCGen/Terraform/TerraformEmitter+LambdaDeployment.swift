// LambdaDeployment -> aws_codedeploy_app + aws_codedeploy_deployment_group.

import HCL

extension TerraformEmitter {
  func translateLambdaDeployment(_ deployment: LambdaDeployment) -> [HCL.Block] {
    var app = TerraformBlockBuilder()
    app.set("name", deployment.applicationName)
    app.set("compute_platform", "Lambda")
    app.setTags(deployment.tags)
    var group = TerraformBlockBuilder()
    group.set("app_name", TerraformValues.address("aws_codedeploy_app", deployment.part("application"), "name"))
    group.set("deployment_group_name", deployment.groupName)
    group.set("deployment_config_name", deployment.strategy.rawValue)
    if let role = deployment.roleID { group.set("service_role_arn", TerraformValues.address("aws_iam_role", role, "arn")) }
    group.block("auto_rollback_configuration") { rollback in
      rollback.set("enabled", true)
      rollback.set("events", .tuple(["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"].map(HCL.Expression.string)))
    }
    if !deployment.rollbackAlarms.isEmpty {
      group.block("alarm_configuration") { alarms in
        alarms.set("alarms", .tuple(deployment.rollbackAlarms.map { TerraformValues.address("aws_cloudwatch_metric_alarm", $0, "alarm_name") }))
        alarms.set("enabled", true)
      }
    }
    group.setTags(deployment.tags)
    group.block("deployment_style") { style in
      style.set("deployment_option", "WITH_TRAFFIC_CONTROL")
      style.set("deployment_type", "BLUE_GREEN")
    }
    return [
      resourceBlock("aws_codedeploy_app", deployment.part("application"), app),
      resourceBlock("aws_codedeploy_deployment_group", deployment.id, group),
    ]
  }
}
