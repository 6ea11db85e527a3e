// Rules for ECS clusters and Fargate services.

enum ServiceRules {
  static let all: [Rule] = [cpuMemory, deployment, containers, registration]

  static let cpuMemory = Rule(
    "ECS001", .error, "Task CPU and memory are one of Fargate's valid pairs", source: "RegisterTaskDefinition; https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html"
  ) { context in
    for service in context.stack.fargateServices {
      guard let memories = Limits.fargateMemory[service.cpu] else {
        context.report(
          "service '\(service.id)' asks for \(service.cpu) CPU units; Fargate offers 256, 512, 1024, 2048, 4096, 8192 or 16384",
          about: .fargateService(service))
        continue
      }
      if !memories.contains(service.memoryMB) {
        let shown = memories.count > 4 ? "\(memories.first!) to \(memories.last!) MiB in steps of \(memories[1] - memories[0])" : memories.map(String.init).joined(separator: ", ") + " MiB"
        context.report(
          "service '\(service.id)' asks for \(service.cpu) CPU units with \(service.memoryMB) MiB; with \(service.cpu) CPU units Fargate offers \(shown)",
          about: .fargateService(service))
      }
    }
  }

  static let deployment = Rule(
    "ECS002", .error, "Desired count is 0 or more; minimum healthy percent 0-100 is at most the maximum percent (100-200)",
    source: "DeploymentConfiguration; https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html"
  ) { context in
    for service in context.stack.fargateServices {
      if service.desiredCount < 0 {
        context.report("service '\(service.id)' wants \(service.desiredCount) tasks; use 0 or more", about: .fargateService(service))
      }
      if !(0...100).contains(service.minimumHealthyPercent) || !(100...200).contains(service.maximumPercent)
        || service.minimumHealthyPercent > service.maximumPercent
      {
        context.report(
          "service '\(service.id)' deploys with minimum healthy \(service.minimumHealthyPercent)% and maximum \(service.maximumPercent)%; use a minimum of 0 to 100 and a maximum of 100 to 200",
          about: .fargateService(service))
      }
    }
  }

  static let containers = Rule(
    "ECS003", .error, "A task has at least one essential container; names are unique; ports are 1-65535; secrets are ARNs",
    source: "RegisterTaskDefinition ContainerDefinition; https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"
  ) { context in
    for service in context.stack.fargateServices {
      if !service.containers.contains(where: \.essential) {
        context.report("service '\(service.id)' has no essential container", about: .fargateService(service))
      }
      var names = Set<String>()
      for container in service.containers {
        if !names.insert(container.name).inserted {
          context.report("service '\(service.id)' has two containers named '\(container.name)'", about: .fargateService(service))
        }
        if let port = container.port, !(1...65_535).contains(port) {
          context.report(
            "service '\(service.id)' maps port \(port) in container '\(container.name)'; ports are 1 to 65535",
            about: .fargateService(service))
        }
        for key in container.secrets.keys.sorted() {
          if let literal = container.secrets[key]!.literal, !literal.hasPrefix("arn:") {
            context.report(
              "service '\(service.id)' reads secret '\(key)' from '\(literal)'; give the secret's ARN (or a Secret's `arn`)",
              about: .fargateService(service))
          }
        }
      }
    }
  }

  static let registration = Rule(
    "ECS004", .error, "A service registered with a target group serves a port and shares the group's network",
    source: "ECS service load balancers: awsvpc tasks register by IP in the target group's VPC; https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html"
  ) { context in
    for service in context.stack.fargateServices {
      guard let groupID = service.targetGroup else { continue }
      if service.port == nil {
        context.report(
          "service '\(service.id)' registers with target group '\(groupID)' but no container maps a port",
          about: .fargateService(service))
      }
      if case .targetGroup(let group)? = context.resource(groupID), let placement = service.network, placement.network != group.network {
        context.report(
          "service '\(service.id)' runs in network '\(placement.network)' but target group '\(group.id)' is in '\(group.network)'",
          about: .fargateService(service))
      }
      if service.registeredBalancer == nil {
        context.report(
          "service '\(service.id)' registers with target group '\(groupID)', which no load balancer forwards to",
          about: .fargateService(service), severity: .warning)
      }
    }
  }
}
