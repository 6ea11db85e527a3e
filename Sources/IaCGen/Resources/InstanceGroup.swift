// EC2 Auto Scaling groups from a launch template, with simple scaling on CPU.

/// An EC2 Auto Scaling group across a network's private subnets, launched from a generated
/// launch template (IMDSv2 only, encrypted gp3 root volume, detailed monitoring), with an
/// instance role from typed grants, ELB health checks when registered with a target group, and
/// simple scale-up / scale-down policies (Podinfo's).
///
/// ```swift
/// let web = InstanceGroup("podinfo", imageID: "ami-0123456789abcdef0", instanceType: "t3.small",
///                         min: 2, max: 6, network: .private(network), targetGroup: webTargets,
///                         scaleUp: .cpuAbove(80, adjust: 1), scaleDown: .cpuBelow(30, adjust: -1))
/// ```
public struct InstanceGroup: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var imageID: String
  public var instanceType: String
  public var min: Int
  public var max: Int
  public var desired: Int?
  public var rootVolumeGB: Int
  public var userData: String?
  public var network: NetworkPlacement?
  public var targetGroup: ResourceID?
  public var healthCheckGracePeriod: TimeSpan
  public var scaleUp: SimpleScaling?
  public var scaleDown: SimpleScaling?
  public var grants: [Grant]
  /// The port the instances serve, for connections and the target group.
  public var port: Int?
  public var tags: [Tag]
  public var location: SourceLocation

  var roleID: ResourceID?
  var registeredBalancer: ResourceID?

  public init(
    _ id: ResourceID,
    name: String? = nil,
    imageID: String,
    instanceType: String = "t3.small",
    min: Int,
    max: Int,
    desired: Int? = nil,
    rootVolumeGB: Int = 20,
    userData: String? = nil,
    network: NetworkPlacement,
    targetGroup: TargetGroup? = nil,
    healthCheckGracePeriod: TimeSpan = .seconds(300),
    scaleUp: SimpleScaling? = nil,
    scaleDown: SimpleScaling? = nil,
    grants: [Grant] = [],
    tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.imageID = imageID
    self.instanceType = instanceType
    self.min = min
    self.max = max
    self.desired = desired
    self.rootVolumeGB = rootVolumeGB
    self.userData = userData
    self.network = network
    self.targetGroup = targetGroup?.id
    self.healthCheckGracePeriod = healthCheckGracePeriod
    self.scaleUp = scaleUp
    self.scaleDown = scaleDown
    self.grants = grants
    self.port = targetGroup?.port
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The group's name.
  public var groupName: StringValue { .reference(Reference(target: id, kind: .instanceGroup, attribute: .name)) }

  func part(_ name: String) -> ResourceID { id.appending(name) }
}

/// A simple scaling policy on the group's average CPU, with its cooldown (Podinfo: +1 / -1, 300 s).
public struct SimpleScaling: Hashable, Codable, Sendable {
  public var threshold: Double
  public var above: Bool
  public var adjust: Int
  public var cooldown: TimeSpan
  public var evaluationPeriods: Int

  public static func cpuAbove(_ percent: Double, adjust: Int = 1, cooldown: TimeSpan = .seconds(300), evaluationPeriods: Int = 2) -> SimpleScaling {
    SimpleScaling(threshold: percent, above: true, adjust: adjust, cooldown: cooldown, evaluationPeriods: evaluationPeriods)
  }
  public static func cpuBelow(_ percent: Double, adjust: Int = -1, cooldown: TimeSpan = .seconds(300), evaluationPeriods: Int = 2) -> SimpleScaling {
    SimpleScaling(threshold: percent, above: false, adjust: adjust, cooldown: cooldown, evaluationPeriods: evaluationPeriods)
  }
}
