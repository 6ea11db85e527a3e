// What a scalable target names, shared by both emitters.

/// A scaling alarm and its policy's steps, relative to the alarm's threshold.
struct ScalingAlarm {
  var id: ResourceID
  var policy: ResourceID
  var threshold: Double
  var comparison: String
  /// (lower bound, upper bound, adjustment), bounds relative to the threshold.
  var steps: [(lower: Double?, upper: Double?, adjust: Int)]
}

extension AutoScaling {
  /// The Application Auto Scaling resource ID (`table/orders`, `service/apps/api`...), from the
  /// resources' physical names; nil when the target is missing (the validator reports it).
  func resourceID(in index: ModelIndex) -> String? {
    switch target {
    case .provisionedConcurrency(let id):
      guard let function = index.function(id), let alias = function.alias else { return nil }
      return "function:\(function.physicalName):\(alias.name)"
    case .tableReads(let id, let indexName), .tableWrites(let id, let indexName):
      guard case .table(let table)? = index[id] else { return nil }
      return "table/\(table.physicalName)" + (indexName.map { "/index/\($0)" } ?? "")
    case .serviceTasks(let id):
      guard case .fargateService(let service)? = index[id], case .ecsCluster(let cluster)? = index[service.cluster] else { return nil }
      return "service/\(cluster.physicalName)/\(service.physicalName)"
    case .auroraReaders(let id):
      guard case .auroraCluster(let cluster)? = index[id] else { return nil }
      return "cluster:\(cluster.physicalName)"
    }
  }

  /// The alarms and step policies of each step scaling: one for scaling out, one for in.
  var scalingAlarms: [ScalingAlarm] {
    var result: [ScalingAlarm] = []
    for scaling in stepScaling {
      let out = scaling.scaleOut
      if let first = out.first {
        result.append(ScalingAlarm(
          id: part("\(scaling.name)-out-alarm"), policy: part("\(scaling.name)-out"), threshold: first.threshold,
          comparison: "GreaterThanOrEqualToThreshold",
          steps: out.enumerated().map { position, step in
            (step.threshold - first.threshold, position + 1 < out.count ? out[position + 1].threshold - first.threshold : nil, step.adjust)
          }))
      }
      let inward = scaling.scaleIn
      if let first = inward.first {
        result.append(ScalingAlarm(
          id: part("\(scaling.name)-in-alarm"), policy: part("\(scaling.name)-in"), threshold: first.threshold,
          comparison: "LessThanOrEqualToThreshold",
          steps: inward.enumerated().map { position, step in
            (position + 1 < inward.count ? inward[position + 1].threshold - first.threshold : nil, step.threshold - first.threshold, step.adjust)
          }))
      }
    }
    return result
  }

  /// The step scaling an alarm belongs to.
  func stepScaling(of alarm: ScalingAlarm) -> StepScaling? {
    stepScaling.first { alarm.id == part("\($0.name)-out-alarm") || alarm.id == part("\($0.name)-in-alarm") }
  }
}

/// `0.7`, `100`: numbers as scaling settings print them.
func formatNumber(_ value: Double) -> String {
  abs(value) < 1e15 && Double(Int(value)) == value ? String(Int(value)) : "\(value)"
}
