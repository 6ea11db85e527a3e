// ECSCluster -> AWS::ECS::Cluster; FargateService -> AWS::ECS::TaskDefinition + AWS::ECS::Service.

import JSONSyntax

extension CloudFormationEmitter {
  func translateECSCluster(_ cluster: ECSCluster) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("ClusterName", cluster.physicalName)
    properties.set(
      "ClusterSettings",
      .array([.object([
        .init("Name", .string("containerInsights")), .init("Value", .string(cluster.containerInsights ? "enabled" : "disabled")),
      ])]))
    properties.set("Tags", CloudFormationValues.tags(cluster.tags))
    return CloudFormationResource(logicalID: cluster.id.logicalID, type: "AWS::ECS::Cluster", properties: properties)
  }

  func translateFargateService(_ service: FargateService, in index: ModelIndex) -> [CloudFormationResource] {
    let taskID = service.part("task").logicalID
    var task = CloudFormationProperties()
    task.set("Family", service.physicalName)
    task.set("Cpu", String(service.cpu))
    task.set("Memory", String(service.memoryMB))
    task.set("NetworkMode", "awsvpc")
    task.set("RequiresCompatibilities", .array([.string("FARGATE")]))
    if let role = service.executionRoleID { task.set("ExecutionRoleArn", CloudFormationValues.getAtt(role.logicalID, "Arn")) }
    if let role = service.taskRoleID { task.set("TaskRoleArn", CloudFormationValues.getAtt(role.logicalID, "Arn")) }
    task.set("ContainerDefinitions", .array(service.containers.map { containerDefinition($0, service) }))
    task.set(
      "RuntimePlatform",
      .object([
        .init("CpuArchitecture", .string(service.architecture == .arm64 ? "ARM64" : "X86_64")),
        .init("OperatingSystemFamily", .string("LINUX")),
      ]))
    task.set("Tags", CloudFormationValues.tags(service.tags))

    var main = CloudFormationProperties()
    main.set("ServiceName", service.physicalName)
    main.set("Cluster", CloudFormationValues.ref(service.cluster.logicalID))
    main.set("TaskDefinition", CloudFormationValues.ref(taskID))
    main.set("DesiredCount", service.desiredCount)
    main.set("LaunchType", "FARGATE")
    main.set("PlatformVersion", "LATEST")
    main.set("PropagateTags", "SERVICE")
    main.set("EnableECSManagedTags", true)
    main.set(
      "DeploymentConfiguration",
      .object([
        .init(
          "DeploymentCircuitBreaker",
          .object([.init("Enable", .bool(service.circuitBreaker)), .init("Rollback", .bool(service.circuitBreaker))])),
        .init("MaximumPercent", .int(service.maximumPercent)),
        .init("MinimumHealthyPercent", .int(service.minimumHealthyPercent)),
      ]))
    main.set(
      "NetworkConfiguration",
      .object([.init("AwsvpcConfiguration", .object([
        .init("AssignPublicIp", .string("DISABLED")),
        .init("SecurityGroups", securityGroups(service.securityGroupID)),
        .init("Subnets", privateSubnets(service.network, in: index)),
      ]))]))
    if let group = service.targetGroup, let container = service.servingContainer, let port = container.port {
      main.set("HealthCheckGracePeriodSeconds", service.healthCheckGracePeriod.seconds)
      main.set("LoadBalancers", .array([.object([
        .init("ContainerName", .string(container.name)), .init("ContainerPort", .int(port)),
        .init("TargetGroupArn", CloudFormationValues.ref(group.logicalID)),
      ])]))
    }
    main.set("Tags", CloudFormationValues.tags(service.tags))
    var dependsOn: [String] = []
    if let balancer = service.registeredBalancer, let lb = index.loadBalancer(balancer) {
      dependsOn = listenerIDs(lb).map(\.logicalID)
    }
    return [
      CloudFormationResource(logicalID: taskID, type: "AWS::ECS::TaskDefinition", properties: task),
      CloudFormationResource(logicalID: service.id.logicalID, type: "AWS::ECS::Service", properties: main, dependsOn: dependsOn),
    ]
  }

  private func containerDefinition(_ container: Container, _ service: FargateService) -> JSON.Value {
    var members: [JSON.Member] = [
      .init("Name", .string(container.name)),
      .init("Image", .string(container.image)),
      .init("Essential", .bool(container.essential)),
    ]
    if let port = container.port {
      members.append(.init("PortMappings", .array([.object([.init("ContainerPort", .int(port)), .init("Protocol", .string("tcp"))])])))
    }
    if !container.command.isEmpty { members.append(.init("Command", .array(container.command.map(JSON.Value.string)))) }
    if !container.environment.isEmpty {
      members.append(.init("Environment", .array(container.environment.keys.sorted().map { key in
        .object([.init("Name", .string(key)), .init("Value", CloudFormationValues.json(container.environment[key]!))])
      })))
    }
    if !container.secrets.isEmpty {
      members.append(.init("Secrets", .array(container.secrets.keys.sorted().map { key in
        .object([.init("Name", .string(key)), .init("ValueFrom", CloudFormationValues.json(container.secrets[key]!))])
      })))
    }
    if let logGroup = service.logGroupID {
      members.append(.init("LogConfiguration", .object([
        .init("LogDriver", .string("awslogs")),
        .init("Options", .object([
          .init("awslogs-group", CloudFormationValues.ref(logGroup.logicalID)),
          .init("awslogs-region", CloudFormationValues.ref("AWS::Region")),
          .init("awslogs-stream-prefix", .string(container.name)),
        ])),
      ])))
    }
    return .object(members)
  }
}
