// Lowering: DSL declarations -> StackModel.

/// Lowers a declared stack: resolves physical names, applies stack tags, generates each
/// function's log group and execution role (from its grants and triggers), and orders
/// resources by dependency.
public func lowerStack(_ stack: Stack, appBackend: TerraformBackend = .local()) -> StackModel {
  let declared = stack.declarations.resources
  var byID: [ResourceID: ResourceModel] = [:]
  for resource in declared where byID[resource.id] == nil { byID[resource.id] = resource }

  // What resources say about others, gathered in one pass (not one pass per function).
  var scaled = Set<ResourceID>()
  var logBuckets = Set<ResourceID>()
  var deployments: [ResourceID: ResourceID] = [:]  // function -> its first deployment
  var implied: [ResourceID: [Grant]] = [:]  // function -> grants its triggers and rotations need
  for resource in declared {
    switch resource {
    case .autoScaling(let scaling): scaled.insert(scaling.target.resource)
    case .distribution(let distribution): if let logs = distribution.accessLogs { logBuckets.insert(logs.bucket) }
    case .lambdaDeployment(let deployment): if deployments[deployment.function] == nil { deployments[deployment.function] = deployment.id }
    case .queueTrigger(let trigger):
      implied[trigger.function, default: []].append(Grant(access: .consumeQueue, target: trigger.queue, targetKind: .queue))
    default: continue
    }
  }
  // Rotations after triggers, as the role lists them.
  for case .secret(let secret) in declared {
    if let function = secret.rotation?.function {
      implied[function, default: []].append(Grant(access: .rotateSecret, target: secret.id, targetKind: .secret))
    }
  }
  var lowered: [ResourceModel] = []
  lowered.reserveCapacity(declared.count * 2)
  var regional: [RegionalResources] = []
  for resource in declared {
    switch resource {
    case .function(var function):
      function.provisionedConcurrencyAutoscaled = scaled.contains(function.id)
      function.deploymentID = deployments[function.id]
      function.name = function.name ?? defaultName(stack, function.id)
      function.tags = Tag.merged(stack.tags, function.tags)
      let logGroup = LogGroup(
        id: function.id.appending("logs"), name: "/aws/lambda/" + function.physicalName,
        retentionDays: function.logRetentionDays, tags: function.tags, location: function.location)
      let role = Role(
        id: function.id.appending("role"), servicePrincipal: "lambda.amazonaws.com",
        statements: executionStatements(for: function, logGroup: logGroup, implied: implied[function.id] ?? [], byID: byID),
        tags: function.tags, location: function.location)
      function.roleID = role.id
      function.logGroupID = logGroup.id
      lowered.append(.logGroup(logGroup))
      if let group = securityGroup(for: function) {
        lowered.append(.securityGroup(group))
      }
      lowered.append(.role(role))
      lowered.append(.function(function))
    case .queue(var queue):
      if queue.name == nil {
        queue.name = defaultName(stack, queue.id) + (queue.isFIFO ? ".fifo" : "")
      }
      queue.tags = Tag.merged(stack.tags, queue.tags)
      lowered.append(.queue(queue))
    case .table(var table):
      table.capacityAutoscaled = scaled.contains(table.id)
      table.name = table.name ?? defaultName(stack, table.id)
      table.tags = Tag.merged(stack.tags, table.tags)
      lowered.append(.table(table))
    case .bucket(var bucket):
      bucket.name = bucket.name ?? defaultName(stack, bucket.id).lowercased()
      bucket.receivesDistributionLogs = logBuckets.contains(bucket.id)
      bucket.tags = Tag.merged(stack.tags, bucket.tags)
      if let replication = bucket.replication {
        let (role, replica) = replicationResources(for: bucket, replication)
        bucket.replicationRoleID = role.id
        lowered.append(.role(role))
        regional.add(replication.region, [
          .bucket(replica),
          .bucketPolicy(BucketPolicy(
            id: replica.id.appending("policy"), bucket: replica.id, statements: [tlsOnlyStatement(replica)], location: bucket.location)),
        ])
      }
      lowered.append(.bucket(bucket))
      lowered.append(.bucketPolicy(BucketPolicy(
        id: bucket.id.appending("policy"), bucket: bucket.id, statements: [tlsOnlyStatement(bucket)], location: bucket.location)))
      lowered += deliveryPermissions(for: bucket)
    case .cache(var cache):
      cache.name = cache.name ?? defaultName(stack, cache.id)
      cache.tags = Tag.merged(stack.tags, cache.tags)
      if let group = securityGroup(for: cache) {
        lowered.append(.securityGroup(group))
      }
      lowered.append(.cache(cache))
    case .daxCluster(var cluster):
      cluster.tags = Tag.merged(stack.tags, cluster.tags)
      let grants = cluster.tables.map { Grant(access: .readWriteTable, target: $0, targetKind: .table) }
      var statements = grants.flatMap { grantStatements($0, target: byID[$0.target]) }
      uniquifySids(&statements)
      let role = Role(
        id: cluster.part("role"), servicePrincipal: "dax.amazonaws.com", statements: statements, tags: cluster.tags,
        location: cluster.location)
      cluster.roleID = role.id
      if let group = securityGroup(for: cluster) {
        lowered.append(.securityGroup(group))
      }
      lowered.append(.role(role))
      lowered.append(.daxCluster(cluster))
    case .secret(var secret):
      secret.name = secret.name ?? stack.name + "/" + secret.id.rawValue
      secret.tags = Tag.merged(stack.tags, secret.tags)
      lowered.append(.secret(secret))
      if let rotation = secret.rotation {
        lowered.append(
          .functionPermission(
            FunctionPermission(
              id: rotation.function.appending("invoke-from-" + secret.id.rawValue), function: rotation.function,
              principal: "secretsmanager.amazonaws.com", sourceArn: secret.arn, location: secret.location)))
      }
    case .stream(var stream):
      stream.name = stream.name ?? defaultName(stack, stream.id)
      stream.tags = Tag.merged(stack.tags, stream.tags)
      lowered.append(.stream(stream))
    case .auroraCluster(var cluster):
      cluster.name = cluster.name ?? defaultName(stack, cluster.id)
      cluster.tags = Tag.merged(stack.tags, cluster.tags)
      if case .primary? = cluster.globalDatabase {
        var secret = Secret(
          "placeholder", name: "\(stack.name)/\(cluster.id)/master", description: "master login of Aurora cluster \(cluster.physicalName)",
          generate: GeneratedSecret(length: 32, excludeCharacters: "\"@/\\' ", template: "{\"username\":\"\(cluster.masterUsername)\"}", key: "password"),
          kmsKeyArn: cluster.kmsKeyArn)
        secret.id = cluster.part("master")
        secret.tags = cluster.tags
        secret.location = cluster.location
        cluster.masterSecretID = secret.id
        lowered.append(.secret(secret))
      }
      if let group = securityGroup(for: cluster) {
        lowered.append(.securityGroup(group))
      }
      lowered.append(.auroraCluster(cluster))
    case .postgresDatabase(var database):
      database.name = database.name ?? defaultName(stack, database.id)
      database.tags = Tag.merged(stack.tags, database.tags)
      if let group = securityGroup(for: database) {
        lowered.append(.securityGroup(group))
      }
      lowered.append(.postgresDatabase(database))
    case .ecsCluster(var cluster):
      cluster.name = cluster.name ?? defaultName(stack, cluster.id)
      cluster.tags = Tag.merged(stack.tags, cluster.tags)
      lowered.append(.ecsCluster(cluster))
    case .fargateService(var service):
      service.desiredCountAutoscaled = scaled.contains(service.id)
      service.name = service.name ?? service.id.rawValue
      service.tags = Tag.merged(stack.tags, service.tags)
      let logGroup = LogGroup(
        id: service.part("logs"), name: "/ecs/\(stack.name)/\(service.physicalName)", retentionDays: service.logRetentionDays,
        tags: service.tags, location: service.location)
      let (execution, task) = serviceRoles(for: service, logGroup: logGroup, byID: byID)
      service.logGroupID = logGroup.id
      service.executionRoleID = execution.id
      service.taskRoleID = task.id
      service.registeredBalancer = balancer(forwardingTo: service.targetGroup, in: declared)
      if let group = securityGroup(for: service) {
        lowered.append(.securityGroup(group))
      }
      lowered += balancerIngress(to: service, from: service.registeredBalancer)
      lowered += [.logGroup(logGroup), .role(execution), .role(task), .fargateService(service)]
    case .loadBalancer(var balancer):
      balancer.name = balancer.name ?? defaultName(stack, balancer.id)
      balancer.tags = Tag.merged(stack.tags, balancer.tags)
      if var group = securityGroup(for: balancer) {
        if balancer.internetFacing { group.publicPorts = balancer.certificateArn == nil ? [80] : [80, 443] }
        lowered.append(.securityGroup(group))
      }
      lowered.append(.loadBalancer(balancer))
    case .instanceGroup(var group):
      group.name = group.name ?? defaultName(stack, group.id)
      group.tags = Tag.merged(stack.tags, group.tags)
      let role = Role(
        id: group.part("role"), servicePrincipal: "ec2.amazonaws.com", statements: statementsForGrants(group.grants, byID: byID),
        tags: group.tags, location: group.location)
      group.roleID = role.id
      group.registeredBalancer = balancer(forwardingTo: group.targetGroup, in: declared)
      if let securityGroup = securityGroup(for: group) {
        lowered.append(.securityGroup(securityGroup))
      }
      lowered += balancerIngress(to: group, from: group.registeredBalancer)
      lowered += [.role(role), .instanceGroup(group)]
    case .targetGroup(var group):
      group.name = group.name ?? defaultName(stack, group.id)
      group.tags = Tag.merged(stack.tags, group.tags)
      lowered.append(.targetGroup(group))
    case .topic(var topic):
      topic.name = topic.name ?? defaultName(stack, topic.id) + (topic.fifo ? ".fifo" : "")
      topic.tags = Tag.merged(stack.tags, topic.tags)
      lowered.append(.topic(topic))
      lowered += deliveryPermissions(for: topic)
    case .eventBus(var bus):
      bus.name = bus.name ?? defaultName(stack, bus.id)
      bus.tags = Tag.merged(stack.tags, bus.tags)
      lowered.append(.eventBus(bus))
    case .eventRule(var rule):
      rule.name = rule.name ?? defaultName(stack, rule.id)
      rule.tags = Tag.merged(stack.tags, rule.tags)
      let machines = rule.targets.compactMap { target -> ResourceID? in
        if case .stateMachine(let id) = target.destination { return id } else { return nil }
      }
      if !machines.isEmpty {
        let role = Role(
          id: rule.id.appending("role"), servicePrincipal: "events.amazonaws.com",
          statements: [PolicyStatement(
            sid: "StartExecutions", actions: ["states:StartExecution"],
            resources: machines.map { .reference(Reference(target: $0, kind: .stateMachine, attribute: .arn)) })],
          tags: rule.tags, location: rule.location)
        rule.roleID = role.id
        lowered.append(.role(role))
      }
      lowered.append(.eventRule(rule))
      lowered += deliveryPermissions(for: rule)
    case .network(var network):
      network.tags = Tag.merged(stack.tags, network.tags)
      if network.flowLogs != nil {
        let logGroup = LogGroup(
          id: network.part("flow-logs"), name: "/aws/vpc/\(stack.name)/\(network.id.rawValue)/flow-logs", retentionDays: 365,
          tags: network.tags, location: network.location)
        let role = Role(
          id: network.part("flow-logs-role"), servicePrincipal: "vpc-flow-logs.amazonaws.com",
          statements: [
            PolicyStatement(
              sid: "DeliverFlowLogs",
              actions: ["logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents"],
              resources: [logGroup.arn, "\(logGroup.arn):*"])
          ], tags: network.tags, location: network.location)
        network.flowLogGroupID = logGroup.id
        network.flowLogRoleID = role.id
        lowered += [.logGroup(logGroup), .role(role)]
      }
      lowered.append(.network(network))
    case .autoScaling(var scaling):
      scaling.tags = Tag.merged(stack.tags, scaling.tags)
      lowered.append(.autoScaling(scaling))
    case .alarm(var alarm):
      alarm.tags = Tag.merged(stack.tags, alarm.tags)
      lowered.append(.alarm(alarm))
    case .dashboard:
      lowered.append(resource)
    case .lambdaDeployment(var deployment):
      let functionArn = StringValue.reference(Reference(target: deployment.function, kind: .function, attribute: .arn))
      let role = Role(
        id: deployment.part("role"), servicePrincipal: "codedeploy.amazonaws.com",
        statements: [
          PolicyStatement(
            sid: "ShiftAlias", actions: ["lambda:GetAlias", "lambda:GetFunction", "lambda:GetProvisionedConcurrencyConfig", "lambda:UpdateAlias"],
            resources: [functionArn, "\(functionArn):*"]),
          // DescribeAlarms takes no resource ARNs.
          PolicyStatement(sid: "ReadAlarms", actions: ["cloudwatch:DescribeAlarms"], resources: ["*"]),
        ], tags: Tag.merged(stack.tags, deployment.tags), location: deployment.location)
      deployment.tags = role.tags
      deployment.roleID = role.id
      lowered += [.role(role), .lambdaDeployment(deployment)]
    case .hostedZone(var zone):
      zone.tags = Tag.merged(stack.tags, zone.tags)
      let records = zone.records.enumerated().map { position, record in
        ZoneRecord(
          id: zone.part("record-\(position + 1)"), zone: .declared(zone.id), name: zone.fullName(record), record: record,
          healthCheckID: record.healthCheckName.map { zone.part("check-" + $0) }, location: zone.location)
      }
      let checks = zone.healthChecks.map {
        RecordHealthCheck(id: zone.part("check-" + $0.name), check: $0, tags: Tag.merged(zone.tags, [Tag("Name", $0.name)]), location: zone.location)
      }
      zone.records = []
      lowered.append(.hostedZone(zone))
      lowered += checks.map(ResourceModel.recordHealthCheck) + records.map(ResourceModel.zoneRecord)
    case .certificate(var certificate):
      certificate.tags = Tag.merged(stack.tags, certificate.tags)
      lowered.append(.certificate(certificate))
    case .distribution(var distribution):
      distribution.tags = Tag.merged(stack.tags, distribution.tags)
      lowered.append(.distribution(distribution))
      // Bucket origins: only this distribution may read them (origin access control).
      for case .bucket(let bucket) in distribution.origins.map(\.source) {
        let statement = ResourcePolicyStatement(
          sid: "AllowCloudFrontFrom" + distribution.id.logicalID, effect: .allow, principal: .service("cloudfront.amazonaws.com"),
          actions: ["s3:GetObject"], resources: ["\(StringValue.reference(Reference(target: bucket, kind: .bucket, attribute: .arn)))/*"],
          conditions: [.init("StringEquals", "AWS:SourceArn", distribution.arn)])
        lowered.append(.bucketPolicy(BucketPolicy(id: bucket.appending("policy"), bucket: bucket, statements: [statement], location: distribution.location)))
      }
    case .webACL(var acl):
      acl.name = acl.name ?? defaultName(stack, acl.id)
      acl.tags = Tag.merged(stack.tags, acl.tags)
      lowered.append(.webACL(acl))
    case .httpApi(var api):
      api.name = api.name ?? defaultName(stack, api.id)
      api.tags = Tag.merged(stack.tags, api.tags)
      let logGroup = LogGroup(
        id: api.part("access-logs"), name: "/aws/apigateway/" + api.physicalName, retentionDays: 365, tags: api.tags,
        location: api.location)
      api.logGroupID = logGroup.id
      lowered += [.logGroup(logGroup), .httpApi(api)]
      lowered += apiInvokePermissions(api.functions, api: api.id, kind: .httpApi, at: api.location)
    case .restApi(var api):
      api.name = api.name ?? defaultName(stack, api.id)
      api.tags = Tag.merged(stack.tags, api.tags)
      let logGroup = LogGroup(
        id: api.part("access-logs"), name: "/aws/apigateway/" + api.physicalName, retentionDays: 365, tags: api.tags,
        location: api.location)
      api.logGroupID = logGroup.id
      if api.setsAccountLogRole {
        let accountID = ResourceID("apigateway-account")
        if !lowered.contains(where: { $0.id == accountID }) {
          let role = apiGatewayLogRole(id: accountID.appending("role"), tags: stack.tags, location: api.location)
          lowered += [.role(role), .apiGatewayAccount(ApiGatewayAccount(id: accountID, roleID: role.id, location: api.location))]
        }
        api.accountID = accountID
      }
      lowered += [.logGroup(logGroup), .restApi(api)]
      lowered += apiInvokePermissions(api.functions, api: api.id, kind: .restApi, at: api.location)
    case .stateMachine(var machine):
      machine.name = machine.name ?? defaultName(stack, machine.id)
      machine.tags = Tag.merged(stack.tags, machine.tags)
      var logGroup: LogGroup?
      if machine.logging != .off {
        logGroup = LogGroup(
          id: machine.part("logs"), name: "/aws/vendedlogs/states/" + machine.physicalName, retentionDays: 365,
          tags: machine.tags, location: machine.location)
        machine.logGroupID = logGroup?.id
      }
      let role = Role(
        id: machine.part("role"), servicePrincipal: "states.amazonaws.com",
        statements: stateMachineStatements(machine, byID: byID), tags: machine.tags, location: machine.location)
      machine.roleID = role.id
      lowered += (logGroup.map { [.logGroup($0)] } ?? []) + [.role(role), .stateMachine(machine)]
    case .repository(var repository):
      repository.name = repository.name ?? stack.name + "/" + repository.id.rawValue
      repository.tags = Tag.merged(stack.tags, repository.tags)
      lowered.append(.repository(repository))
    case .queueTrigger(var trigger):
      trigger.tags = Tag.merged(stack.tags, trigger.tags)
      lowered.append(.queueTrigger(trigger))
    case .role, .logGroup, .queuePolicy, .topicPolicy, .bucketPolicy, .functionPermission, .securityGroup, .securityGroupIngress, .zoneRecord, .apiGatewayAccount, .registryReplication:
      lowered.append(resource)
    case .recordHealthCheck(var check):
      check.tags = Tag.merged(stack.tags, [Tag("Name", check.check.name)])
      lowered.append(.recordHealthCheck(check))
    }
  }
  lowered += ingressRules(for: stack.declarations.connections, declared: byID, stackTags: stack.tags)
  let repositories = lowered.compactMap { if case .repository(let r) = $0 { return r } else { return nil } }
  if let replication = RegistryReplication(repositories) { lowered.append(.registryReplication(replication)) }
  lowered = mergePolicies(lowered)
  return StackModel(
    name: stack.name, region: stack.region, phase: stack.phase, tags: stack.tags,
    resources: dependencyOrdered(lowered), outputs: stack.declarations.outputs,
    connections: stack.declarations.connections, regional: regional, loads: stack.declarations.loads, growth: stack.declarations.growth,
    suppressions: stack.declarations.suppressions, backend: stack.backend ?? appBackend,
    ownsBackend: stack.backend != nil, location: stack.location)
}

/// Lowers every stack of an app.
public func lowerApp(_ app: App) -> AppModel {
  AppModel(
    stacks: app.stacks.concurrentMap { lowerStack($0, appBackend: app.backend) }, quotas: app.quotas, awsProvider: app.awsProvider,
    location: app.location)
}

/// `<stack>-<id>`: the physical name a resource gets when the user gives none.
func defaultName(_ stack: Stack, _ id: ResourceID) -> String { stack.name + "-" + id.rawValue }

extension [RegionalResources] {
  /// Appends `resources` to the group of `region`, creating it after the others if needed.
  mutating func add(_ region: Region, _ resources: [ResourceModel]) {
    if let position = firstIndex(where: { $0.region == region }) {
      self[position].resources += resources
    } else {
      append(RegionalResources(region: region, resources: resources))
    }
  }
}
