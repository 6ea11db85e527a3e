// Rules for EC2 Auto Scaling groups.

enum InstanceGroupRules {
  static let all: [Rule] = [capacity, targetType, policies, image]

  static let capacity = Rule(
    "ASG001", .error, "Group sizes: 0 <= min <= desired <= max", source: "CreateAutoScalingGroup MinSize / MaxSize / DesiredCapacity; https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html"
  ) { context in
    for group in context.stack.instanceGroups {
      let desired = group.desired ?? group.min
      if group.min < 0 || group.min > group.max || desired < group.min || desired > group.max {
        context.report(
          "instance group '\(group.id)' has min \(group.min), desired \(group.desired.map(String.init) ?? "unset") and max \(group.max); use 0 <= min <= desired <= max",
          about: .instanceGroup(group))
      }
    }
  }

  static let targetType = Rule(
    "ASG002", .error, "An instance group registers with an instance target group", source: "target groups of type ip take no instances; https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html"
  ) { context in
    for group in context.stack.instanceGroups {
      guard let id = group.targetGroup, case .targetGroup(let target)? = context.resource(id), target.targetType != .instance else { continue }
      context.report(
        "instance group '\(group.id)' registers with target group '\(id)', which takes IP targets; give the target group targetType: .instance",
        about: .instanceGroup(group))
    }
  }

  static let policies = Rule(
    "ASG003", .error, "Scale-up adds capacity above a higher CPU threshold than scale-down removes it",
    source: "docs/scaling-phases.md#capacity-figures (+1 / -1 instance with 300 s cooldowns); https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html"
  ) { context in
    for group in context.stack.instanceGroups {
      var problems: [String] = []
      if let up = group.scaleUp, up.adjust <= 0 || !up.above { problems.append("scale-up must add instances when CPU is above a threshold") }
      if let down = group.scaleDown, down.adjust >= 0 || down.above { problems.append("scale-down must remove instances when CPU is below a threshold") }
      if let up = group.scaleUp, let down = group.scaleDown, up.threshold <= down.threshold {
        problems.append("scale-up's threshold (\(formatNumber(up.threshold))%) must be above scale-down's (\(formatNumber(down.threshold))%)")
      }
      for policy in [group.scaleUp, group.scaleDown].compactMap({ $0 }) where policy.cooldown.seconds < 0 || policy.evaluationPeriods < 1 {
        problems.append("cooldowns are 0 s or more and alarms evaluate at least one period")
      }
      if !problems.isEmpty {
        context.report("instance group '\(group.id)': \(problems.joined(separator: "; "))", about: .instanceGroup(group))
      }
    }
  }

  static let image = Rule(
    "ASG004", .error, "Image IDs look like ami- followed by 8 or 17 hex digits", source: "EC2 resource ID format; https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html"
  ) { context in
    for group in context.stack.instanceGroups {
      let hex = group.imageID.dropFirst(4)
      let valid = group.imageID.hasPrefix("ami-") && (hex.count == 8 || hex.count == 17)
        && hex.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
      if !valid {
        context.report(
          "instance group '\(group.id)' launches image '\(group.imageID)'; image IDs are 'ami-' and 8 or 17 lowercase hex digits",
          about: .instanceGroup(group))
      }
    }
  }
}
