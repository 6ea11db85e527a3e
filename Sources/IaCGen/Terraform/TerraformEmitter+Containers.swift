// ECSCluster -> aws_ecs_cluster; FargateService -> aws_ecs_task_definition + aws_ecs_service.

import HCL

extension TerraformEmitter {
  func translateECSCluster(_ cluster: ECSCluster) -> HCL.Block {
    var block = TerraformBlockBuilder()
    block.set("name", cluster.physicalName)
    block.setTags(cluster.tags)
    block.block("setting") { setting in
      setting.set("name", "containerInsights")
      setting.set("value", cluster.containerInsights ? "enabled" : "disabled")
    }
    return resourceBlock("aws_ecs_cluster", cluster.id, block)
  }

  func translateFargateService(_ service: FargateService, in index: ModelIndex) -> [HCL.Block] {
    var task = TerraformBlockBuilder()
    task.set("family", service.physicalName)
    task.set("cpu", String(service.cpu))
    task.set("memory", String(service.memoryMB))
    task.set("network_mode", "awsvpc")
    task.set("requires_compatibilities", .tuple([.string("FARGATE")]))
    if let role = service.executionRoleID { task.set("execution_role_arn", TerraformValues.address("aws_iam_role", role, "arn")) }
    if let role = service.taskRoleID { task.set("task_role_arn", TerraformValues.address("aws_iam_role", role, "arn")) }
    task.set("container_definitions", .call("jsonencode", [.tuple(service.containers.map { containerDefinition($0, service) })]))
    task.block("runtime_platform") { platform in
      platform.set("cpu_architecture", service.architecture == .arm64 ? "ARM64" : "X86_64")
      platform.set("operating_system_family", "LINUX")
    }
    task.setTags(service.tags)

    var main = TerraformBlockBuilder()
    main.set("name", service.physicalName)
    main.set("cluster", TerraformValues.address("aws_ecs_cluster", service.cluster, "id"))
    main.set("task_definition", TerraformValues.address("aws_ecs_task_definition", service.id, "arn"))
    main.set("desired_count", service.desiredCount)
    main.set("launch_type", "FARGATE")
    main.set("platform_version", "LATEST")
    main.set("deployment_minimum_healthy_percent", service.minimumHealthyPercent)
    main.set("deployment_maximum_percent", service.maximumPercent)
    main.set("propagate_tags", "SERVICE")
    main.set("enable_ecs_managed_tags", true)
    main.setTags(service.tags)
    main.block("deployment_circuit_breaker") { breaker in
      breaker.set("enable", service.circuitBreaker)
      breaker.set("rollback", service.circuitBreaker)
    }
    main.block("network_configuration") { network in
      network.set("assign_public_ip", false)
      network.set("security_groups", securityGroups(service.securityGroupID))
      network.set("subnets", privateSubnets(service.network, in: index))
    }
    if let group = service.targetGroup, let container = service.servingContainer, let port = container.port {
      main.set("health_check_grace_period_seconds", service.healthCheckGracePeriod.seconds)
      main.block("load_balancer") { balancer in
        balancer.set("container_name", container.name)
        balancer.set("container_port", port)
        balancer.set("target_group_arn", TerraformValues.address("aws_lb_target_group", group, "arn"))
      }
    }
    if let balancer = service.registeredBalancer, let lb = index.loadBalancer(balancer) {
      for listener in listenerIDs(lb) { main.dependOn(["aws_lb_listener", listener.terraformName]) }
    }
    if let role = service.executionRoleID { main.dependOn(["aws_iam_role_policy", role.terraformName]) }
    if service.desiredCountAutoscaled {
      main.block("lifecycle") { $0.set("ignore_changes", .tuple([.traversal(["desired_count"])])) }
    }
    return [
      resourceBlock("aws_ecs_task_definition", service.id, task),
      resourceBlock("aws_ecs_service", service.id, main),
    ]
  }

  /// One container definition, in the JSON shape ECS takes.
  private func containerDefinition(_ container: Container, _ service: FargateService) -> HCL.Expression {
    var items: [(key: String, value: HCL.Expression)] = [
      ("name", .string(container.name)),
      ("image", .string(container.image)),
      ("essential", .bool(container.essential)),
    ]
    if let port = container.port {
      items.append(("portMappings", .tuple([.object([("containerPort", .int(port)), ("protocol", .string("tcp"))])])))
    }
    if !container.command.isEmpty { items.append(("command", .tuple(container.command.map(HCL.Expression.string)))) }
    if !container.environment.isEmpty {
      items.append(("environment", .tuple(container.environment.keys.sorted().map { key in
        .object([("name", .string(key)), ("value", TerraformValues.expression(container.environment[key]!))])
      })))
    }
    if !container.secrets.isEmpty {
      items.append(("secrets", .tuple(container.secrets.keys.sorted().map { key in
        .object([("name", .string(key)), ("valueFrom", TerraformValues.expression(container.secrets[key]!))])
      })))
    }
    if let logGroup = service.logGroupID {
      items.append(("logConfiguration", .object([
        ("logDriver", .string("awslogs")),
        ("options", .object([
          ("awslogs-group", TerraformValues.address("aws_cloudwatch_log_group", logGroup, "name")),
          ("awslogs-region", TerraformValues.traversal(.region)),
          ("awslogs-stream-prefix", .string(container.name)),
        ])),
      ])))
    }
    return .object(items)
  }
}

/// The listeners a load balancer renders: `<id>-http` and, with a certificate, `<id>-https`.
func listenerIDs(_ balancer: LoadBalancer) -> [ResourceID] {
  balancer.certificateArn == nil ? [balancer.part("http")] : [balancer.part("http"), balancer.part("https")]
}
