// Rules for Application Auto Scaling.

enum AutoScalingRules {
  static let all: [Rule] = [bounds, target, tracking, steps, schedules]

  static let bounds = Rule(
    "ASC001", .error, "Scaling bounds: 0 <= min <= max", source: "RegisterScalableTarget; https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html"
  ) { context in
    for scaling in context.autoScalings where scaling.min < 0 || scaling.min > scaling.max {
      context.report(
        "auto scaling '\(scaling.id)' has min \(scaling.min) and max \(scaling.max); use 0 <= min <= max",
        about: .autoScaling(scaling))
    }
  }

  static let target = Rule(
    "ASC002", .error,
    "The scaled resource can scale: a function alias, a provisioned table or existing index, a service, an Aurora cluster (at most 15 readers)",
    source: "scalable dimensions; https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html"
  ) { context in
    for scaling in context.autoScalings {
      var problem: String?
      switch scaling.target {
      case .provisionedConcurrency(let id):
        if let function = context.function(id), function.alias == nil {
          problem = "function '\(id)' has no alias to provision concurrency on"
        }
      case .tableReads(let id, let index), .tableWrites(let id, let index):
        if case .table(let table)? = context.resource(id) {
          if case .onDemand = table.billing { problem = "table '\(id)' is on-demand; only provisioned capacity scales" }
          else if let index, !table.globalIndexes.contains(where: { $0.name == index }) {
            problem = "table '\(id)' has no global index '\(index)'"
          }
        }
      case .auroraReaders:
        if scaling.max > 15 { problem = "an Aurora cluster has at most 15 readers, not \(scaling.max)" }
      case .serviceTasks:
        break
      }
      if let problem {
        context.report("auto scaling '\(scaling.id)' cannot scale: \(problem)", about: .autoScaling(scaling))
      }
    }
  }

  static let tracking = Rule(
    "ASC003", .error,
    "Tracked metrics fit the target (ECS metrics for services...) and targets are in range (utilization 0.1-0.9, DynamoDB 20-90%, CPU 1-100%)",
    source: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TargetTrackingScalingPolicyConfiguration.html"
  ) { context in
    for scaling in context.autoScalings {
      for tracking in scaling.targetTracking {
        guard case .predefined(let type) = tracking.metric else { continue }
        let (prefix, range): (String, ClosedRange<Double>) = {
          switch scaling.target {
          case .provisionedConcurrency: return ("Lambda", 0.1...0.9)
          case .tableReads, .tableWrites: return ("DynamoDB", 20...90)
          case .serviceTasks: return ("ECSService", 1...100)
          case .auroraReaders: return ("RDSReader", 1...100)
          }
        }()
        if !type.hasPrefix(prefix) {
          context.report(
            "auto scaling '\(scaling.id)' tracks \(type), which does not measure its target; use a \(prefix) metric",
            about: .autoScaling(scaling))
        } else if !range.contains(tracking.target) {
          context.report(
            "auto scaling '\(scaling.id)' tracks \(type) at \(formatNumber(tracking.target)); use \(formatNumber(range.lowerBound)) to \(formatNumber(range.upperBound))",
            about: .autoScaling(scaling))
        }
      }
    }
  }

  static let steps = Rule(
    "ASC004", .error, "Step scaling: steps with distinct thresholds; at-least steps add capacity, at-most steps remove it",
    source: "PutScalingPolicy StepAdjustments; https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepAdjustment.html"
  ) { context in
    for scaling in context.autoScalings {
      for step in scaling.stepScaling {
        let thresholds = step.steps.map(\.threshold)
        if step.steps.isEmpty || Set(thresholds).count != thresholds.count {
          context.report(
            "auto scaling '\(scaling.id)' step scaling '\(step.name)' needs steps with distinct thresholds", about: .autoScaling(scaling))
        }
        if step.scaleOut.contains(where: { $0.adjust <= 0 }) || step.scaleIn.contains(where: { $0.adjust >= 0 }) {
          context.report(
            "auto scaling '\(scaling.id)' step scaling '\(step.name)' has a step going the wrong way; 'at least' steps add capacity and 'at most' steps remove it",
            about: .autoScaling(scaling))
        }
        if let highestIn = step.scaleIn.first?.threshold, let lowestOut = step.scaleOut.first?.threshold, highestIn >= lowestOut {
          context.report(
            "auto scaling '\(scaling.id)' step scaling '\(step.name)' scales in at \(formatNumber(highestIn)) and out at \(formatNumber(lowestOut)); the ranges overlap",
            about: .autoScaling(scaling))
        }
      }
    }
  }

  static let schedules = Rule(
    "ASC005", .error, "Schedules use cron(...), rate(...) or at(...) with 0 <= min <= max",
    source: "PutScheduledAction Schedule; https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html"
  ) { context in
    for scaling in context.autoScalings {
      for schedule in scaling.schedules {
        let expression = ["cron(", "rate(", "at("].contains { schedule.schedule.hasPrefix($0) } && schedule.schedule.hasSuffix(")")
        if !expression || schedule.min < 0 || schedule.min > schedule.max {
          context.report(
            "auto scaling '\(scaling.id)' schedule '\(schedule.name)' ('\(schedule.schedule)', \(schedule.min) to \(schedule.max)) needs a cron(...), rate(...) or at(...) expression and 0 <= min <= max",
            about: .autoScaling(scaling))
        }
      }
    }
  }
}
