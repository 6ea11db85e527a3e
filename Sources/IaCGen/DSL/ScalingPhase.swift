// The scaling phases of docs/scaling-phases.md.

/// The phase a stack is built for; the phase rules come with the validator's phase checks.
public enum ScalingPhase: String, Codable, Sendable, CaseIterable {
  /// First deploy: 128 MB functions, one task, on-demand tables.
  case minimumViable = "minimum-viable"
  /// Phase 1, about 1K users: autoscaling begins.
  case earlyProduction = "early-production"
  /// Phase 2, about 10K users: multi-AZ, DAX, WAF.
  case growth
  /// Phase 3, 100K+ users: CloudFront, global data tier.
  case scale
}
