// What can appear inside a stack's builder block.

/// A resource or output that can be declared in a `Stack { ... }` block.
public protocol StackComponent: Sendable {
  /// Adds this component to the stack's declarations.
  func declare(in declarations: inout StackDeclarations)
}

/// What a stack block declared, in declaration order.
public struct StackDeclarations: Sendable {
  public internal(set) var resources: [ResourceModel] = []
  public internal(set) var outputs: [Output] = []
  public internal(set) var connections: [Connection] = []
  /// Declared load, for the capacity rules.
  public internal(set) var loads: [Load] = []
  /// Growth targets the declared loads are checked at.
  public internal(set) var growth: [GrowthTarget] = []
  /// Rules accepted for the stack or one of its resources, with reasons.
  public internal(set) var suppressions: [Suppression] = []
  public init() {}
}

extension Function: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.function(self)) }
}
extension Queue: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.queue(self)) }
}
extension QueueTrigger: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.queueTrigger(self)) }
}
extension Table: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.table(self)) }
}
extension Bucket: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.bucket(self)) }
}
extension Network: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.network(self)) }
}
extension Cache: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.cache(self)) }
}
extension DAXCluster: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.daxCluster(self)) }
}
extension Secret: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.secret(self)) }
}
extension KinesisStream: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.stream(self)) }
}
extension AuroraCluster: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.auroraCluster(self)) }
}
extension PostgresDatabase: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.postgresDatabase(self)) }
}
extension ECSCluster: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.ecsCluster(self)) }
}
extension FargateService: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.fargateService(self)) }
}
extension LoadBalancer: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.loadBalancer(self)) }
}
extension TargetGroup: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.targetGroup(self)) }
}
extension AutoScaling: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.autoScaling(self)) }
}
extension InstanceGroup: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.instanceGroup(self)) }
}
extension Topic: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.topic(self)) }
}
extension EventBus: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.eventBus(self)) }
}
extension EventRule: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.eventRule(self)) }
}
extension Alarm: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.alarm(self)) }
}
extension Array: StackComponent where Element: StackComponent {
  public func declare(in declarations: inout StackDeclarations) {
    for component in self { component.declare(in: &declarations) }
  }
}
extension Repository: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.repository(self)) }
}
extension StateMachine: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.stateMachine(self)) }
}
extension HttpApi: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.httpApi(self)) }
}
extension RestApi: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.restApi(self)) }
}
extension WebACL: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.webACL(self)) }
}
extension Distribution: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.distribution(self)) }
}
extension HostedZone: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.hostedZone(self)) }
}
extension LambdaDeployment: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.lambdaDeployment(self)) }
}
extension Dashboard: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.dashboard(self)) }
}
extension Connection: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.connections.append(self) }
}
extension Output: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.outputs.append(self) }
}

extension Certificate: StackComponent {
  public func declare(in declarations: inout StackDeclarations) { declarations.resources.append(.certificate(self)) }
}

extension DNSRecords: StackComponent {
  public func declare(in declarations: inout StackDeclarations) {
    declarations.resources += healthChecks.map(ResourceModel.recordHealthCheck) + records.map(ResourceModel.zoneRecord)
  }
}
