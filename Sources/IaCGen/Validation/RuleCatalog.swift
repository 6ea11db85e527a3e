// Every rule iacgen runs.

/// The catalog of rules, in the order docs/rules.md lists them.
public enum RuleCatalog {
  public static let all: [Rule] =
    StackRules.all + FunctionRules.all + QueueRules.all + QueueTriggerRules.all + TableRules.all + BucketRules.all
    + NetworkRules.all + CacheRules.all + DAXRules.all + SecretRules.all + StreamRules.all
    + DatabaseRules.all + ServiceRules.all + LoadBalancerRules.all + AutoScalingRules.all
    + InstanceGroupRules.all + TopicRules.all + EventRules.all + AlarmRules.all
    + RepositoryRules.all + StateMachineRules.all + ApiRules.all
    + WebACLRules.all + DistributionRules.all + DNSRules.all + CertificateRules.all + RegionRules.all + CapacityRules.all + PhaseRules.all + QuotaRules.all
    + DeploymentRules.all + DashboardRules.all + TerraformRules.all
    + IAMRules.all
    // Last: suppressions apply to what every other rule found.
    + SuppressionRules.all

  /// docs/rules.md, generated from the catalog (a test keeps the file in step).
  public static func markdown() -> String {
    var text = "# Validation rules\n\n"
    text += "Generated from `RuleCatalog` (`IACGEN_RECORD=1 swift test --filter RuleCatalogTests` rewrites it).\n"
    text += "Errors stop output; warnings are printed and output is written. Each diagnostic points at the\n"
    text += "declaration it is about. `APP001` (stack names used twice, also when they differ only in case), `APP002` (an app without stacks), `APP003` (a stack without resources) and `APP004` (a reference interpolated into a plain `String`, which can only hold placeholder text; the compiler warns at the line too) are checked across an app.\n\n"
    text += "| ID | severity | rule | source |\n|---|---|---|---|\n"
    for rule in all {
      text += "| \(rule.id) | \(rule.severity.rawValue) | \(rule.title) | \(rule.source) |\n"
    }
    return text
  }
}
