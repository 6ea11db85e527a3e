// Rules for CodeDeploy Lambda deployments.

enum DeploymentRules {
  static let all: [Rule] = [alias, single]

  static let alias = Rule(
    "CD001", .error, "A deployed function has an alias and publishes versions", source: "CodeDeploy Lambda deployments shift an alias between versions; https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-lambda.html"
  ) { context in
    for deployment in context.stack.lambdaDeployments {
      guard let function = context.function(deployment.function), function.alias == nil else { continue }
      context.report(
        "deployment '\(deployment.id)' shifts function '\(function.id)', which has no alias; give the function an alias",
        about: .lambdaDeployment(deployment))
    }
  }

  static let single = Rule(
    "CD002", .error, "A function has at most one deployment", source: "an alias takes one CodeDeploy update policy; https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html"
  ) { context in
    var seen = Set<ResourceID>()
    for deployment in context.stack.lambdaDeployments where !seen.insert(deployment.function).inserted {
      context.report(
        "deployment '\(deployment.id)' shifts function '\(deployment.function)', which another deployment already shifts",
        about: .lambdaDeployment(deployment))
    }
  }
}
