// Rules for CloudWatch alarms.

enum AlarmRules {
  static let all: [Rule] = [period, evaluation, names, scalingActions]

  static let period = Rule(
    "CW001", .error, "Alarm periods are 10 or 30 seconds, or a multiple of 60 (20 s is valid in CloudWatch but rejected by cfn-lint)",
    source: "PutMetricAlarm Period: 10, 20, 30 or a multiple of 60; cfn-lint E3615 allows 10, 30, 60; https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html"
  ) { context in
    for alarm in context.stack.alarms {
      let seconds = alarm.period.seconds
      if seconds == 20 {
        context.report(
          "alarm '\(alarm.id)' has a period of 20 s, which CloudWatch accepts but CloudFormation's linter rejects (E3615); use 10 or 30 s",
          about: .alarm(alarm))
      } else if ![10, 30].contains(seconds) && (seconds < 60 || seconds % 60 != 0) {
        context.report(
          "alarm '\(alarm.id)' has a period of \(seconds) s; CloudWatch takes 10, 20 or 30 s, or a multiple of 60 s",
          about: .alarm(alarm))
      }
    }
  }

  static let evaluation = Rule(
    "CW002", .error, "Evaluation covers at least one period and at most seven days (one day for periods under an hour)",
    source: "PutMetricAlarm Period: period x evaluation periods <= 604,800 s, or 86,400 s when the period is under 3,600 s (checked 2026-12-04); https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html"
  ) { context in
    for alarm in context.stack.alarms {
      let longest = alarm.period.seconds >= 3_600 ? 604_800 : 86_400
      guard alarm.evaluationPeriods < 1 || alarm.evaluationPeriods * alarm.period.seconds > longest else { continue }
      context.report(
        "alarm '\(alarm.id)' evaluates \(alarm.evaluationPeriods) periods of \(alarm.period); use at least 1 and at most \(longest == 604_800 ? "seven days in all (periods of an hour or more)" : "one day in all (periods under an hour; seven days from a period of an hour)")",
        about: .alarm(alarm))
    }
  }

  static let names = Rule(
    "CW003", .error, "Alarm names are 1-255 characters and unique in the stack", source: "PutMetricAlarm AlarmName; https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html"
  ) { context in
    var seen = Set<String>()
    for alarm in context.stack.alarms {
      let name = alarm.physicalName
      if !(1...255).contains(name.count) {
        context.report("alarm '\(alarm.id)' has a \(name.count)-character name; CloudWatch allows 1 to 255", about: .alarm(alarm))
      } else if !seen.insert(name).inserted {
        context.report("alarm '\(alarm.id)' has the same name as another alarm ('\(name)')", about: .alarm(alarm))
      }
    }
  }

  static let scalingActions = Rule(
    "CW005", .error, "A scaling action changes capacity (a non-zero adjustment within the target's range) and has a cooldown of 0 to 3,600 s",
    source: "PutScalingPolicy StepAdjustment ScalingAdjustment; Cooldown; https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepScalingPolicyConfiguration.html"
  ) { context in
    for alarm in context.stack.alarms {
      for action in alarm.scalingActions {
        guard case .autoScaling(let scaling)? = context.index[action.target] else { continue }  // STK003 reports it
        let range = scaling.max - scaling.min
        if action.adjustment == 0 || abs(action.adjustment) > max(range, 1) {
          context.report(
            "alarm '\(alarm.id)' scales '\(scaling.id)' by \(action.adjustment); use a non-zero change of at most \(max(range, 1)) (its range is \(scaling.min) to \(scaling.max))",
            about: .alarm(alarm))
        } else if !(0...3_600).contains(action.cooldown.seconds) {
          context.report("alarm '\(alarm.id)' has a scaling cooldown of \(action.cooldown); use 0 to 3600 s", about: .alarm(alarm))
        }
      }
    }
  }
}
