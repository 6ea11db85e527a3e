// CodeDeploy blue/green deployments of a function's alias (as Podinfo deploys).

/// Shifts a function alias to each newly published version through CodeDeploy (canary,
/// linear or all at once), rolling back when a deployment fails or an alarm fires.
///
/// ```swift
/// LambdaDeployment("podinfo-rollout", function: podinfo, strategy: .canary10Percent5Minutes,
///                  rollbackAlarms: Alarms.standard(for: podinfo, notify: oncall))
/// ```
public struct LambdaDeployment: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var function: ResourceID
  public var strategy: DeploymentStrategy
  public var rollbackAlarms: [ResourceID]
  /// Tags of the CodeDeploy application and group; the stack's tags are added in lowering.
  public var tags: [Tag]
  public var location: SourceLocation

  var roleID: ResourceID?

  public init(
    _ id: ResourceID, function: Function, strategy: DeploymentStrategy = .canary10Percent5Minutes, rollbackAlarms: [Alarm] = [],
    tags: [Tag] = [], fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.function = function.id
    self.strategy = strategy
    self.rollbackAlarms = rollbackAlarms.map(\.id)
    self.tags = tags
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  func part(_ name: String) -> ResourceID { id.appending(name) }
  var applicationName: String { id.rawValue }
  var groupName: String { id.rawValue + "-group" }
}

/// CodeDeploy's predefined Lambda deployment configurations.
public enum DeploymentStrategy: String, Hashable, Codable, Sendable {
  case canary10Percent5Minutes = "CodeDeployDefault.LambdaCanary10Percent5Minutes"
  case canary10Percent10Minutes = "CodeDeployDefault.LambdaCanary10Percent10Minutes"
  case canary10Percent15Minutes = "CodeDeployDefault.LambdaCanary10Percent15Minutes"
  case canary10Percent30Minutes = "CodeDeployDefault.LambdaCanary10Percent30Minutes"
  case linear10PercentEvery1Minute = "CodeDeployDefault.LambdaLinear10PercentEvery1Minute"
  case linear10PercentEvery2Minutes = "CodeDeployDefault.LambdaLinear10PercentEvery2Minutes"
  case linear10PercentEvery3Minutes = "CodeDeployDefault.LambdaLinear10PercentEvery3Minutes"
  case linear10PercentEvery10Minutes = "CodeDeployDefault.LambdaLinear10PercentEvery10Minutes"
  case allAtOnce = "CodeDeployDefault.LambdaAllAtOnce"
}
