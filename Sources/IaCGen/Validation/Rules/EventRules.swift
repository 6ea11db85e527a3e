// Rules for EventBridge rules.

enum EventRules {
  static let all: [Rule] = [targets, trigger, names]

  static let targets = Rule(
    "EVB001", .error, "A rule has 1 to 5 targets",
    source: "PutTargets: 5 targets per rule; the CFN schema allows 100; https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html"
  ) { context in
    for rule in context.stack.eventRules where rule.targets.isEmpty || rule.targets.count > 5 {
      context.report(
        "event rule '\(rule.id)' has \(rule.targets.count) targets; EventBridge allows 1 to 5 per rule",
        about: .eventRule(rule))
    }
  }

  static let trigger = Rule(
    "EVB002", .error, "A rule has an event pattern or a schedule (schedules only on the default bus)",
    source: "PutRule EventPattern / ScheduleExpression; https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html"
  ) { context in
    for rule in context.stack.eventRules {
      var problem: String?
      if rule.pattern == nil && rule.schedule == nil { problem = "has neither an event pattern nor a schedule" }
      else if let schedule = rule.schedule, rule.bus != nil { problem = "runs on schedule '\(schedule)' on a custom bus; schedules run only on the default bus" }
      else if let schedule = rule.schedule, !(["rate(", "cron("].contains { schedule.hasPrefix($0) } && schedule.hasSuffix(")")) {
        problem = "has schedule '\(schedule)'; use rate(...) or cron(...)"
      } else if let pattern = rule.pattern, pattern.sources.isEmpty && pattern.detailTypes.isEmpty && pattern.detail.isEmpty {
        problem = "has an empty event pattern, which matches nothing"
      }
      if let problem { context.report("event rule '\(rule.id)' \(problem)", about: .eventRule(rule)) }
    }
  }

  static let names = Rule(
    "EVB003", .error, "Rule names are 1-64 letters, digits, '.', '-' and '_'", source: "PutRule Name; https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html"
  ) { context in
    for rule in context.stack.eventRules {
      let name = rule.physicalName
      let valid = (1...64).contains(name.count)
        && name.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
      if !valid {
        context.report("event rule '\(rule.id)' would be named '\(name)'; rule names are 1 to 64 letters, digits, '.', '-' and '_'", about: .eventRule(rule))
      }
    }
  }
}
