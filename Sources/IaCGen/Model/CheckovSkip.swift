// checkov findings accepted on rendered resources, with their reasons.

/// One of checkov's AWS checks: its title and the resource types it reads in each format.
struct CheckovCheck: Sendable {
  var title: String
  var terraformTypes: Set<String>
  var cloudFormationTypes: Set<String>

  init(_ title: String, terraform: Set<String>, cloudFormation: Set<String>) {
    self.title = title
    self.terraformTypes = terraform
    self.cloudFormationTypes = cloudFormation
  }

  /// Whether the check reads resources of `type` (a Terraform or CloudFormation type name).
  func reads(_ type: String) -> Bool { terraformTypes.contains(type) || cloudFormationTypes.contains(type) }
}

/// A checkov check skipped on one rendered resource, and why. Terraform carries it as a
/// `# checkov:skip=ID:reason` comment in the resource's block, CloudFormation in the
/// resource's `Metadata.checkov.skip`.
public struct CheckovSkip: Hashable, Sendable {
  public var checkID: String
  public var reason: String

  public init(_ checkID: String, _ reason: String) {
    self.checkID = checkID
    self.reason = reason
  }

  /// The Terraform comment checkov reads (without the `# ` the printer adds).
  var terraformComment: String { "checkov:skip=\(checkID):\(reason)" }
}

extension CheckovSkip {
  // Findings that misread iacgen's output; each applies wherever the library renders the resource.

  /// CloudFormation queues are encrypted with SQS-managed keys; checkov reads only a KMS key.
  static let queueManagedEncryption = CheckovSkip(
    "CKV_AWS_27", "encrypted at rest with SQS-managed keys (SqsManagedSseEnabled), which this check does not read")
  /// A read replica inherits the source instance's encryption; CloudFormation refuses the property on it.
  static let replicaInheritsEncryption = CheckovSkip(
    "CKV_AWS_16", "a read replica inherits its source's storage encryption (StorageEncrypted is not allowed with SourceDBInstanceIdentifier)")
  /// CloudFront standard logging writes log files with ACLs, so the log bucket keeps them enabled.
  static let distributionLogACLs = CheckovSkip(
    "CKV2_AWS_65", "CloudFront standard logging delivers log files with ACLs; the bucket keeps ACLs for that only")
  /// Subnets take the Region's zones by index; the set of zones used is fixed by the subnet count.
  static let zonesByIndex = CheckovSkip(
    "CKV_AWS_394", "subnets take the first zones by index (as Fn::GetAZs does); the subnet count fixes how many are used")

  /// Statements on `"*"` are those whose actions AWS documents without resource-level
  /// permissions (network interfaces for a function in a VPC, X-Ray, log delivery); grants
  /// never produce one.
  static func actionsWithoutResourceLevelPermissions(_ role: Role) -> CheckovSkip? {
    let unscoped = role.statements.filter { $0.resources.contains("*") }.map(\.sid)
    if unscoped.isEmpty { return nil }
    return CheckovSkip(
      "CKV_AWS_111",
      "statements \(unscoped.joined(separator: ", ")) hold only actions AWS documents without resource-level permissions, so their resource is *")
  }
}

extension Suppression {
  /// Whether the suppression names a checkov check (`CKV_AWS_...`, `CKV2_AWS_...`) rather than an iacgen rule.
  public var isCheckov: Bool { ruleID.hasPrefix("CKV_") || ruleID.hasPrefix("CKV2_") }

  /// The checkov check this suppression names, if iacgen knows it.
  var checkovCheck: CheckovCheck? { CheckovChecks.all[ruleID] }
}

/// The checkov suppressions of one stack, looked up per rendered resource.
struct CheckovSkips {
  private var suppressions: [(suppression: Suppression, check: CheckovCheck, owner: ResourceModel?)] = []

  init(_ stack: StackModel) {
    let checkov = stack.suppressions.filter(\.isCheckov)
    guard !checkov.isEmpty else { return }
    let resources = stack.resources + stack.regional.flatMap(\.resources)
    for suppression in checkov {
      guard let check = suppression.checkovCheck else { continue }
      let owner = suppression.resource.flatMap { id in resources.first { $0.id == id } }
      if suppression.resource != nil && owner == nil { continue }
      suppressions.append((suppression, check, owner))
    }
  }

  var isEmpty: Bool { suppressions.isEmpty }

  /// The skips for a block of `type` rendered from `resource`: stack-wide suppressions of checks
  /// that read `type`, and those on the resource or on the resource it was generated for.
  func skips(for resource: ResourceModel, type: String) -> [CheckovSkip] {
    suppressions.compactMap { entry in
      guard entry.check.reads(type) else { return nil }
      if let owner = entry.owner, !Self.covers(owner, resource) { return nil }
      return CheckovSkip(entry.suppression.ruleID, entry.suppression.reason)
    }
  }

  /// Whether a suppression on `owner` covers `resource`: the resource itself, or one generated
  /// for it (its log group, role, security group: IDs that extend the owner's, declared at its line).
  static func covers(_ owner: ResourceModel, _ resource: ResourceModel) -> Bool {
    resource.id == owner.id
      || (resource.id.rawValue.hasPrefix(owner.id.rawValue + "-") && resource.location == owner.location)
  }
}
