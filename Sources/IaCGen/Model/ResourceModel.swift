// One resource of the lowered model.

/// What every resource kind provides to the model: identity, location, references and tags.
public protocol ResourceDeclaration: Sendable {
  var id: ResourceID { get }
  var location: SourceLocation { get }
  /// Every resource this one refers to, in a fixed order; dependency order follows from it.
  var references: [Reference] { get }
  /// Tags, for taggable resources (empty otherwise).
  var tags: [Tag] { get }
  static var kind: ResourceKind { get }
}

/// A computation over a resource's declaration, whatever its kind (see `ResourceModel.accept`).
protocol ResourceDeclarationVisitor {
  associatedtype Result
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> Result
}

private struct AnyDeclaration: ResourceDeclarationVisitor {
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> any ResourceDeclaration { declaration }
}
private struct DeclarationID: ResourceDeclarationVisitor {
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> ResourceID { declaration.id }
}
private struct DeclarationKind: ResourceDeclarationVisitor {
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> ResourceKind { Declaration.kind }
}
private struct DeclarationLocation: ResourceDeclarationVisitor {
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> SourceLocation { declaration.location }
}
private struct DeclarationReferences: ResourceDeclarationVisitor {
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> [Reference] { declaration.references }
}
private struct DeclarationTags: ResourceDeclarationVisitor {
  func visit<Declaration: ResourceDeclaration>(_ declaration: Declaration) -> [Tag] { declaration.tags }
}

/// A resource of any kind, after lowering.
public indirect enum ResourceModel: Hashable, Codable, Sendable {
  case function(Function)
  case queue(Queue)
  case queueTrigger(QueueTrigger)
  case table(Table)
  case role(Role)
  case logGroup(LogGroup)
  case bucket(Bucket)
  case queuePolicy(QueuePolicy)
  case functionPermission(FunctionPermission)
  case network(Network)
  case securityGroup(SecurityGroup)
  case securityGroupIngress(SecurityGroupIngress)
  case cache(Cache)
  case daxCluster(DAXCluster)
  case secret(Secret)
  case stream(KinesisStream)
  case auroraCluster(AuroraCluster)
  case postgresDatabase(PostgresDatabase)
  case ecsCluster(ECSCluster)
  case fargateService(FargateService)
  case loadBalancer(LoadBalancer)
  case targetGroup(TargetGroup)
  case autoScaling(AutoScaling)
  case instanceGroup(InstanceGroup)
  case topic(Topic)
  case eventBus(EventBus)
  case eventRule(EventRule)
  case topicPolicy(TopicPolicy)
  case alarm(Alarm)
  case repository(Repository)
  case stateMachine(StateMachine)
  case httpApi(HttpApi)
  case restApi(RestApi)
  case webACL(WebACL)
  case bucketPolicy(BucketPolicy)
  case distribution(Distribution)
  case hostedZone(HostedZone)
  case lambdaDeployment(LambdaDeployment)
  case dashboard(Dashboard)
  case certificate(Certificate)
  case zoneRecord(ZoneRecord)
  case apiGatewayAccount(ApiGatewayAccount)
  case registryReplication(RegistryReplication)
  case recordHealthCheck(RecordHealthCheck)

  /// `visitor` applied to the resource as its kind's declaration (the one switch over kinds
  /// in the model). Generic, so reading an ID or a location copies nothing into a box.
  func accept<Visitor: ResourceDeclarationVisitor>(_ visitor: Visitor) -> Visitor.Result {
    switch self {
    case .function(let r): return visitor.visit(r)
    case .queue(let r): return visitor.visit(r)
    case .queueTrigger(let r): return visitor.visit(r)
    case .table(let r): return visitor.visit(r)
    case .role(let r): return visitor.visit(r)
    case .logGroup(let r): return visitor.visit(r)
    case .bucket(let r): return visitor.visit(r)
    case .queuePolicy(let r): return visitor.visit(r)
    case .functionPermission(let r): return visitor.visit(r)
    case .network(let r): return visitor.visit(r)
    case .securityGroup(let r): return visitor.visit(r)
    case .securityGroupIngress(let r): return visitor.visit(r)
    case .cache(let r): return visitor.visit(r)
    case .daxCluster(let r): return visitor.visit(r)
    case .secret(let r): return visitor.visit(r)
    case .stream(let r): return visitor.visit(r)
    case .auroraCluster(let r): return visitor.visit(r)
    case .postgresDatabase(let r): return visitor.visit(r)
    case .ecsCluster(let r): return visitor.visit(r)
    case .fargateService(let r): return visitor.visit(r)
    case .loadBalancer(let r): return visitor.visit(r)
    case .targetGroup(let r): return visitor.visit(r)
    case .autoScaling(let r): return visitor.visit(r)
    case .instanceGroup(let r): return visitor.visit(r)
    case .topic(let r): return visitor.visit(r)
    case .eventBus(let r): return visitor.visit(r)
    case .eventRule(let r): return visitor.visit(r)
    case .topicPolicy(let r): return visitor.visit(r)
    case .alarm(let r): return visitor.visit(r)
    case .repository(let r): return visitor.visit(r)
    case .stateMachine(let r): return visitor.visit(r)
    case .httpApi(let r): return visitor.visit(r)
    case .restApi(let r): return visitor.visit(r)
    case .webACL(let r): return visitor.visit(r)
    case .bucketPolicy(let r): return visitor.visit(r)
    case .distribution(let r): return visitor.visit(r)
    case .hostedZone(let r): return visitor.visit(r)
    case .lambdaDeployment(let r): return visitor.visit(r)
    case .dashboard(let r): return visitor.visit(r)
    case .certificate(let r): return visitor.visit(r)
    case .zoneRecord(let r): return visitor.visit(r)
    case .apiGatewayAccount(let r): return visitor.visit(r)
    case .registryReplication(let r): return visitor.visit(r)
    case .recordHealthCheck(let r): return visitor.visit(r)
    }
  }

  /// The resource as its kind's declaration.
  public var declaration: any ResourceDeclaration { accept(AnyDeclaration()) }

  public var id: ResourceID { accept(DeclarationID()) }
  public var kind: ResourceKind { accept(DeclarationKind()) }
  public var location: SourceLocation { accept(DeclarationLocation()) }
  public var references: [Reference] { accept(DeclarationReferences()) }
  public var tags: [Tag] { accept(DeclarationTags()) }

  /// What the validator checks exists, beyond `references`: grant targets and rotation functions.
  var checkedReferences: [Reference] {
    switch self {
    case .function(let function):
      return function.grants.filter { $0.replica == nil }.map { Reference(target: $0.target, kind: $0.targetKind, attribute: .arn) }
    case .instanceGroup(let group):
      return group.grants.filter { $0.replica == nil }.map { Reference(target: $0.target, kind: $0.targetKind, attribute: .arn) }
    case .fargateService(let service):
      return service.grants.filter { $0.replica == nil }.map { Reference(target: $0.target, kind: $0.targetKind, attribute: .arn) }
    case .secret(let secret):
      return secret.rotation.map { [Reference(target: $0.function, kind: .function, attribute: .arn)] } ?? []
    default:
      return []
    }
  }
}

extension Function: ResourceDeclaration {
  public static var kind: ResourceKind { .function }
  public var references: [Reference] {
    var result: [Reference] = []
    if let roleID { result.append(Reference(target: roleID, kind: .role, attribute: .arn)) }
    if let logGroupID { result.append(Reference(target: logGroupID, kind: .logGroup, attribute: .name)) }
    if let placement = network { result.append(Reference(target: placement.network, kind: .network, attribute: .id)) }
    if let securityGroupID { result.append(Reference(target: securityGroupID, kind: .securityGroup, attribute: .id)) }
    for key in environment.keys.sorted() { result += environment[key]!.references }
    return result
  }
}

extension Queue: ResourceDeclaration {
  public static var kind: ResourceKind { .queue }
  public var references: [Reference] {
    deadLetter.map { [Reference(target: $0.queue, kind: .queue, attribute: .arn)] } ?? []
  }
}

extension QueueTrigger: ResourceDeclaration {
  public static var kind: ResourceKind { .queueTrigger }
  public var references: [Reference] {
    [
      Reference(target: queue, kind: .queue, attribute: .arn),
      Reference(target: function, kind: .function, attribute: .arn),
    ]
  }
}

extension Table: ResourceDeclaration {
  public static var kind: ResourceKind { .table }
  public var references: [Reference] { [] }
}

extension Role: ResourceDeclaration {
  public static var kind: ResourceKind { .role }
  public var references: [Reference] {
    // One list for all statements (nested flatMaps built one per statement and ARN).
    var references: [Reference] = []
    for statement in statements {
      for resource in statement.resources {
        for case .reference(let reference) in resource.parts { references.append(reference) }
      }
    }
    return references
  }
}

extension LogGroup: ResourceDeclaration {
  public static var kind: ResourceKind { .logGroup }
  public var references: [Reference] { [] }
}

extension Bucket: ResourceDeclaration {
  public static var kind: ResourceKind { .bucket }
  public var references: [Reference] {
    // Notification destinations: the bucket is configured after its queue policies and permissions.
    notifications.map { notification in
      switch notification.destination {
      case .queue(let queue): return Reference(target: queue, kind: .queue, attribute: .arn)
      case .function(let function): return Reference(target: function, kind: .function, attribute: .arn)
      }
    } + (replicationRoleID.map { [Reference(target: $0, kind: .role, attribute: .arn)] } ?? [])
  }
}

extension QueuePolicy: ResourceDeclaration {
  public static var kind: ResourceKind { .queuePolicy }
  public var references: [Reference] {
    [Reference(target: queue, kind: .queue, attribute: .url)]
      + statements.flatMap { $0.resources.flatMap(\.references) + $0.conditions.flatMap(\.value.references) }
  }
  public var tags: [Tag] { [] }
}

extension FunctionPermission: ResourceDeclaration {
  public static var kind: ResourceKind { .functionPermission }
  public var references: [Reference] { [Reference(target: function, kind: .function, attribute: .name)] + sourceArn.references }
  public var tags: [Tag] { [] }
}

extension Network: ResourceDeclaration {
  public static var kind: ResourceKind { .network }
  public var references: [Reference] {
    var result: [Reference] = []
    if let flowLogRoleID { result.append(Reference(target: flowLogRoleID, kind: .role, attribute: .arn)) }
    if let flowLogGroupID { result.append(Reference(target: flowLogGroupID, kind: .logGroup, attribute: .arn)) }
    return result
  }
}

extension SecurityGroup: ResourceDeclaration {
  public static var kind: ResourceKind { .securityGroup }
  public var references: [Reference] { [Reference(target: network, kind: .network, attribute: .id)] }
}

extension SecurityGroupIngress: ResourceDeclaration {
  public static var kind: ResourceKind { .securityGroupIngress }
  public var references: [Reference] {
    [
      Reference(target: target, kind: .securityGroup, attribute: .id),
      Reference(target: source, kind: .securityGroup, attribute: .id),
    ]
  }
}

extension Cache: ResourceDeclaration {
  public static var kind: ResourceKind { .cache }
  public var references: [Reference] {
    var result: [Reference] = []
    if let placement = network { result.append(Reference(target: placement.network, kind: .network, attribute: .id)) }
    if let securityGroupID { result.append(Reference(target: securityGroupID, kind: .securityGroup, attribute: .id)) }
    return result
  }
}

extension DAXCluster: ResourceDeclaration {
  public static var kind: ResourceKind { .daxCluster }
  public var references: [Reference] {
    var result = tables.map { Reference(target: $0, kind: .table, attribute: .arn) }
    if let placement = network { result.append(Reference(target: placement.network, kind: .network, attribute: .id)) }
    if let securityGroupID { result.append(Reference(target: securityGroupID, kind: .securityGroup, attribute: .id)) }
    if let roleID { result.append(Reference(target: roleID, kind: .role, attribute: .arn)) }
    return result
  }
}

extension Secret: ResourceDeclaration {
  public static var kind: ResourceKind { .secret }
  /// None: the rotation schedule, rendered apart, refers to the function (which may read the secret).
  public var references: [Reference] { [] }
}

extension KinesisStream: ResourceDeclaration {
  public static var kind: ResourceKind { .stream }
  public var references: [Reference] { [] }
}

/// References of a resource placed in a network: the network and its security group.
func placementReferences(_ placement: NetworkPlacement?, _ securityGroup: ResourceID?) -> [Reference] {
  var result: [Reference] = []
  if let placement { result.append(Reference(target: placement.network, kind: .network, attribute: .id)) }
  if let securityGroup { result.append(Reference(target: securityGroup, kind: .securityGroup, attribute: .id)) }
  return result
}

extension AuroraCluster: ResourceDeclaration {
  public static var kind: ResourceKind { .auroraCluster }
  public var references: [Reference] {
    placementReferences(network, securityGroupID) + (masterSecretID.map { [Reference(target: $0, kind: .secret, attribute: .arn)] } ?? [])
  }
}

extension PostgresDatabase: ResourceDeclaration {
  public static var kind: ResourceKind { .postgresDatabase }
  public var references: [Reference] { placementReferences(network, securityGroupID) }
}

extension ECSCluster: ResourceDeclaration {
  public static var kind: ResourceKind { .ecsCluster }
  public var references: [Reference] { [] }
}

extension FargateService: ResourceDeclaration {
  public static var kind: ResourceKind { .fargateService }
  public var references: [Reference] {
    var result = [Reference(target: cluster, kind: .ecsCluster, attribute: .arn)]
    result += placementReferences(network, securityGroupID)
    if let targetGroup { result.append(Reference(target: targetGroup, kind: .targetGroup, attribute: .arn)) }
    if let balancer = registeredBalancer { result.append(Reference(target: balancer, kind: .loadBalancer, attribute: .arn)) }
    for role in [executionRoleID, taskRoleID].compactMap({ $0 }) { result.append(Reference(target: role, kind: .role, attribute: .arn)) }
    if let logGroupID { result.append(Reference(target: logGroupID, kind: .logGroup, attribute: .name)) }
    for container in containers {
      for key in container.environment.keys.sorted() { result += container.environment[key]!.references }
      for key in container.secrets.keys.sorted() { result += container.secrets[key]!.references }
    }
    return result
  }
}

extension LoadBalancer: ResourceDeclaration {
  public static var kind: ResourceKind { .loadBalancer }
  public var references: [Reference] {
    placementReferences(network, securityGroupID)
      + targetGroups.map { Reference(target: $0, kind: .targetGroup, attribute: .arn) }
  }
}

extension TargetGroup: ResourceDeclaration {
  public static var kind: ResourceKind { .targetGroup }
  public var references: [Reference] { [Reference(target: network, kind: .network, attribute: .id)] }
}

extension AutoScaling: ResourceDeclaration {
  public static var kind: ResourceKind { .autoScaling }
  public var references: [Reference] {
    var result = [Reference(target: target.resource, kind: target.resourceKind, attribute: target.resourceKind == .function ? .aliasArn : .arn)]
    if case .serviceTasks = target {
      result = [Reference(target: target.resource, kind: .fargateService, attribute: .name)]
    }
    for metric in stepScaling.map(\.metric) + targetTracking.compactMap({ if case .custom(let m) = $0.metric { return m } else { return nil } }) {
      result += metric.dimensions.flatMap(\.value.references)
    }
    return result
  }
}

extension InstanceGroup: ResourceDeclaration {
  public static var kind: ResourceKind { .instanceGroup }
  public var references: [Reference] {
    var result = placementReferences(network, securityGroupID)
    if let targetGroup { result.append(Reference(target: targetGroup, kind: .targetGroup, attribute: .arn)) }
    if let roleID { result.append(Reference(target: roleID, kind: .role, attribute: .arn)) }
    if let registeredBalancer { result.append(Reference(target: registeredBalancer, kind: .loadBalancer, attribute: .arn)) }
    return result
  }
}

extension Topic: ResourceDeclaration {
  public static var kind: ResourceKind { .topic }
  /// Subscription endpoints (the subscriptions are rendered after the topic and the endpoints).
  public var references: [Reference] {
    subscriptions.compactMap { subscription in
      switch subscription.endpoint {
      case .queue(let queue): return Reference(target: queue, kind: .queue, attribute: .arn)
      case .function(let function): return Reference(target: function, kind: .function, attribute: .arn)
      case .email: return nil
      }
    }
  }
}

extension EventBus: ResourceDeclaration {
  public static var kind: ResourceKind { .eventBus }
  public var references: [Reference] { [] }
}

extension EventRule: ResourceDeclaration {
  public static var kind: ResourceKind { .eventRule }
  public var references: [Reference] {
    var result = bus.map { [Reference(target: $0, kind: .eventBus, attribute: .name)] } ?? []
    if let roleID { result.append(Reference(target: roleID, kind: .role, attribute: .arn)) }
    for target in targets {
      result.append(target.destination.reference)
      if let deadLetter = target.deadLetter { result.append(Reference(target: deadLetter, kind: .queue, attribute: .arn)) }
    }
    return result
  }
}

extension TopicPolicy: ResourceDeclaration {
  public static var kind: ResourceKind { .topicPolicy }
  public var references: [Reference] {
    [Reference(target: topic, kind: .topic, attribute: .arn)]
      + statements.flatMap { $0.resources.flatMap(\.references) + $0.conditions.flatMap(\.value.references) }
  }
  public var tags: [Tag] { [] }
}

extension Alarm: ResourceDeclaration {
  public static var kind: ResourceKind { .alarm }
  public var references: [Reference] {
    let metrics: [MetricSpecification]
    switch metric {
    case .single(let specification): metrics = [specification]
    case .expression(_, _, let named): metrics = named.map(\.metric)
    }
    return actions.map { action in
      switch action {
      case .notify(let topic): return Reference(target: topic, kind: .topic, attribute: .arn)
      case .scale(let scaling, _, _): return Reference(target: scaling, kind: .autoScaling, attribute: .id)
      }
    }
      + metrics.flatMap { $0.dimensions.flatMap(\.value.references) }
  }
}

extension Repository: ResourceDeclaration {
  public static var kind: ResourceKind { .repository }
  public var references: [Reference] { [] }
}

extension StateMachine: ResourceDeclaration {
  public static var kind: ResourceKind { .stateMachine }
  public var references: [Reference] {
    var result: [Reference] = []
    if let roleID { result.append(Reference(target: roleID, kind: .role, attribute: .arn)) }
    if let logGroupID { result.append(Reference(target: logGroupID, kind: .logGroup, attribute: .arn)) }
    for action in taskActions {
      switch action {
      case .invoke(let id): result.append(Reference(target: id, kind: .function, attribute: .arn))
      case .runTask(let id): result.append(Reference(target: id, kind: .fargateService, attribute: .taskDefinitionArn))
      case .sendMessage(let id, _): result.append(Reference(target: id, kind: .queue, attribute: .url))
      }
    }
    return result
  }
}

extension HttpApi: ResourceDeclaration {
  public static var kind: ResourceKind { .httpApi }
  public var references: [Reference] {
    functions.map { Reference(target: $0, kind: .function, attribute: .arn) }
      + (logGroupID.map { [Reference(target: $0, kind: .logGroup, attribute: .arn)] } ?? [])
      + (domain.map { [Reference(target: $0.certificate, kind: .certificate, attribute: .arn)] } ?? [])
  }
}

extension RestApi: ResourceDeclaration {
  public static var kind: ResourceKind { .restApi }
  public var references: [Reference] {
    var result = functions.map { Reference(target: $0, kind: .function, attribute: .arn) }
    if let logGroupID { result.append(Reference(target: logGroupID, kind: .logGroup, attribute: .arn)) }
    if let accountID { result.append(Reference(target: accountID, kind: .apiGatewayAccount, attribute: .id)) }
    if let domain { result.append(Reference(target: domain.certificate, kind: .certificate, attribute: .arn)) }
    return result
  }
}

extension WebACL: ResourceDeclaration {
  public static var kind: ResourceKind { .webACL }
  public var references: [Reference] {
    protects.map { protected in
      switch protected {
      case .loadBalancer(let id): return Reference(target: id, kind: .loadBalancer, attribute: .arn)
      case .restApi(let id): return Reference(target: id, kind: .restApi, attribute: .url)
      }
    }
  }
}

extension BucketPolicy: ResourceDeclaration {
  public static var kind: ResourceKind { .bucketPolicy }
  public var references: [Reference] {
    [Reference(target: bucket, kind: .bucket, attribute: .name)]
      + statements.flatMap { $0.resources.flatMap(\.references) + $0.conditions.flatMap(\.value.references) }
  }
  public var tags: [Tag] { [] }
}

extension Distribution: ResourceDeclaration {
  public static var kind: ResourceKind { .distribution }
  public var references: [Reference] {
    var result = origins.compactMap { origin -> Reference? in
      switch origin.source {
      case .bucket(let id): return Reference(target: id, kind: .bucket, attribute: .name)
      case .restApi(let id): return Reference(target: id, kind: .restApi, attribute: .id)
      case .httpApi(let id): return Reference(target: id, kind: .httpApi, attribute: .id)
      case .loadBalancer(let id): return Reference(target: id, kind: .loadBalancer, attribute: .endpoint)
      case .domain: return nil
      }
    }
    if let webACL { result.append(Reference(target: webACL, kind: .webACL, attribute: .arn)) }
    if let logs = accessLogs { result.append(Reference(target: logs.bucket, kind: .bucket, attribute: .name)) }
    if let certificateID { result.append(Reference(target: certificateID, kind: .certificate, attribute: .arn)) }
    return result
  }
}

extension HostedZone: ResourceDeclaration {
  public static var kind: ResourceKind { .hostedZone }
  /// Alias targets, until lowering moves the records into resources of their own.
  public var references: [Reference] {
    records.compactMap { record in
      guard case .alias(let target) = record.target else { return nil }
      return target.reference
    }
  }
}

extension ZoneRecord: ResourceDeclaration {
  public static var kind: ResourceKind { .zoneRecord }
  public var references: [Reference] {
    var result: [Reference] = []
    if let zone = zone.declaredID { result.append(Reference(target: zone, kind: .hostedZone, attribute: .id)) }
    if case .alias(let target) = record.target { result.append(target.reference) }
    if let healthCheckID { result.append(Reference(target: healthCheckID, kind: .recordHealthCheck, attribute: .id)) }
    return result
  }
  public var tags: [Tag] { [] }
}

extension RecordHealthCheck: ResourceDeclaration {
  public static var kind: ResourceKind { .recordHealthCheck }
  public var references: [Reference] { [] }
}

extension Certificate: ResourceDeclaration {
  public static var kind: ResourceKind { .certificate }
  public var references: [Reference] { zone.declaredID.map { [Reference(target: $0, kind: .hostedZone, attribute: .id)] } ?? [] }
}

extension LambdaDeployment: ResourceDeclaration {
  public static var kind: ResourceKind { .lambdaDeployment }
  /// The alarms (by name) and the role; the function's alias refers to the deployment group.
  public var references: [Reference] {
    rollbackAlarms.map { Reference(target: $0, kind: .alarm, attribute: .name) }
      + (roleID.map { [Reference(target: $0, kind: .role, attribute: .arn)] } ?? [])
  }
}

extension Dashboard: ResourceDeclaration {
  public static var kind: ResourceKind { .dashboard }
  public var references: [Reference] {
    widgets.flatMap { widget -> [Reference] in
      switch widget.content {
      case .text: return []
      case .metrics(_, let metrics, _): return metrics.flatMap { $0.dimensions.flatMap(\.value.references) }
      case .alarms(_, let alarms): return alarms.map { Reference(target: $0, kind: .alarm, attribute: .arn) }
      }
    }
  }
  public var tags: [Tag] { [] }
}
