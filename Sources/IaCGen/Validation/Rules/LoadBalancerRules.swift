// Rules for Application Load Balancers and target groups.

enum LoadBalancerRules {
  static let all: [Rule] = [names, tls, zones, routes, healthChecks]

  static func validName(_ name: String) -> Bool {
    Limits.loadBalancerNameLength.contains(name.count)
      && name.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" }
      && !name.hasPrefix("-") && !name.hasSuffix("-") && !name.hasPrefix("internal-")
  }

  static let names = Rule(
    "ALB001", .error, "Load balancer and target group names are 1-32 letters, digits and hyphens, not starting or ending with '-'",
    source: "CreateLoadBalancer Name; CreateTargetGroup Name; https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html"
  ) { context in
    for balancer in context.stack.loadBalancers where !validName(balancer.physicalName) {
      context.report(
        "load balancer '\(balancer.id)' would be named '\(balancer.physicalName)' (\(balancer.physicalName.count) characters); names are 1 to 32 letters, digits and hyphens, not starting or ending with '-', so set a shorter name",
        about: .loadBalancer(balancer))
    }
    for group in context.stack.targetGroups where !validName(group.physicalName) {
      context.report(
        "target group '\(group.id)' would be named '\(group.physicalName)' (\(group.physicalName.count) characters); names are 1 to 32 letters, digits and hyphens, not starting or ending with '-', so set a shorter name",
        about: .targetGroup(group))
    }
  }

  static let tls = Rule(
    "ALB002", .warning, "An internet-facing load balancer terminates TLS with a certificate",
    source: "encryption in transit; HTTP then only redirects to HTTPS; https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html"
  ) { context in
    for balancer in context.stack.loadBalancers where balancer.internetFacing && balancer.certificateArn == nil {
      context.report(
        "load balancer '\(balancer.id)' faces the internet without a certificate, so traffic is plain HTTP; give it an ACM certificate ARN",
        about: .loadBalancer(balancer))
    }
  }

  static let zones = Rule(
    "ALB003", .error, "An Application Load Balancer spans at least two zones", source: "CreateLoadBalancer: subnets from at least two Availability Zones; https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html"
  ) { context in
    for balancer in context.stack.loadBalancers {
      guard let network = context.index.network(balancer.networkID), network.zones < 2 else { continue }
      context.report(
        "load balancer '\(balancer.id)' is in network '\(network.id)', which spans one zone; an Application Load Balancer needs two",
        about: .loadBalancer(balancer))
    }
  }

  static let routes = Rule(
    "ALB004", .error, "Routes have 1-5 path patterns and forward to target groups in the balancer's network",
    source: "ELB quotas: 5 condition values per rule; https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html"
  ) { context in
    for balancer in context.stack.loadBalancers {
      for (position, route) in balancer.routes.enumerated()
      where route.paths.isEmpty || route.paths.count > Limits.conditionValuesPerRule {
        context.report(
          "load balancer '\(balancer.id)' route \(position + 1) has \(route.paths.count) path patterns; a rule takes 1 to 5",
          about: .loadBalancer(balancer))
      }
      for groupID in balancer.targetGroups {
        guard case .targetGroup(let group)? = context.resource(groupID), group.network != balancer.networkID else { continue }
        context.report(
          "load balancer '\(balancer.id)' forwards to target group '\(group.id)' in another network ('\(group.network)')",
          about: .loadBalancer(balancer))
      }
    }
  }

  static let healthChecks = Rule(
    "ALB005", .error,
    "Health checks: interval 5-300 s, timeout 2-120 s and below the interval, thresholds 2-10; deregistration 0-3600 s; stickiness 1 s to 7 days",
    source: "CreateTargetGroup; target group attributes; https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html"
  ) { context in
    for group in context.stack.targetGroups {
      let check = group.healthCheck
      var problems: [String] = []
      if !Limits.healthCheckInterval.contains(check.interval.seconds) { problems.append("interval \(check.interval) (5 to 300 s)") }
      if !Limits.healthCheckTimeout.contains(check.timeout.seconds) || check.timeout >= check.interval {
        problems.append("timeout \(check.timeout) (2 to 120 s, below the interval)")
      }
      for (what, value) in [("healthy threshold", check.healthyThreshold), ("unhealthy threshold", check.unhealthyThreshold)]
      where !Limits.healthCheckThreshold.contains(value) {
        problems.append("\(what) \(value) (2 to 10)")
      }
      if !Limits.deregistrationDelay.contains(group.deregistrationDelay.seconds) {
        problems.append("deregistration delay \(group.deregistrationDelay) (0 to 3600 s)")
      }
      if let stickiness = group.stickiness, !Limits.stickinessSeconds.contains(stickiness.seconds) {
        problems.append("stickiness \(stickiness) (1 s to 7 days)")
      }
      if !problems.isEmpty {
        context.report(
          "target group '\(group.id)' has \(problems.joined(separator: ", "))", about: .targetGroup(group))
      }
    }
  }
}
