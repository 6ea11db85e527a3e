// Rules for CodeDeploy Lambda deployments.

enum DeploymentRules {
  static let all: [Rule] = [alias, single]

  static let alias = Rule(
    "CD001", .error, "A deployed function has an alias and publishes versions", source: "CodeDeploy Lambda deployments shift an alias between versions"
  ) { context in
    for deployment in context.stack.lambdaDeployments {
      guard let function = context.function(deployment.function), function.alias == nil else { continue }
      context.report(
        "deployment '\(deployment.id)' shifts function '\(function.id)', which has no alias; give the function an alias",
        about: .lambdaDeployment(deployment))
    }
  }

  static let single = Rule(
    "CD002", .error, "A function has at most one deployment", source: "an alias takes one CodeDeploy update policy"
  ) { context in
    var seen = Set<ResourceID>()
    for deployment in context.stack.lambdaDeployments where !seen.insert(deployment.function).inserted {
      context.report(
        "deployment '\(deployment.id)' shifts function '\(deployment.function)', which another deployment already shifts",
        about: .lambdaDeployment(deployment))
    }
  }
}
