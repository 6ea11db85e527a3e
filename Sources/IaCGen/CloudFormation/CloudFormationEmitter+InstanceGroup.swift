// InstanceGroup -> InstanceProfile, LaunchTemplate, AutoScalingGroup, simple policies and CPU alarms.

import JSONSyntax

extension CloudFormationEmitter {
  func translateInstanceGroup(_ group: InstanceGroup, in index: ModelIndex) -> [CloudFormationResource] {
    var resources: [CloudFormationResource] = []
    var profile = CloudFormationProperties()
    if let role = group.roleID { profile.set("Roles", .array([CloudFormationValues.ref(role.logicalID)])) }
    resources.append(
      CloudFormationResource(logicalID: group.part("profile").logicalID, type: "AWS::IAM::InstanceProfile", properties: profile))

    var data: [JSON.Member] = [
      .init("BlockDeviceMappings", .array([.object([
        .init("DeviceName", .string("/dev/xvda")),
        .init("Ebs", .object([
          .init("DeleteOnTermination", .bool(true)), .init("Encrypted", .bool(true)),
          .init("VolumeSize", .int(group.rootVolumeGB)), .init("VolumeType", .string("gp3")),
        ])),
      ])])),
      .init("IamInstanceProfile", .object([.init("Arn", CloudFormationValues.getAtt(group.part("profile").logicalID, "Arn"))])),
      .init("ImageId", .string(group.imageID)),
      .init("InstanceType", .string(group.instanceType)),
      .init("MetadataOptions", .object([
        .init("HttpEndpoint", .string("enabled")), .init("HttpPutResponseHopLimit", .int(1)),
        .init("HttpTokens", .string("required")),
      ])),
      .init("Monitoring", .object([.init("Enabled", .bool(true))])),
      .init("SecurityGroupIds", securityGroups(group.securityGroupID)),
    ]
    if let userData = group.userData { data.append(.init("UserData", .object([.init("Fn::Base64", .string(userData))]))) }
    var template = CloudFormationProperties()
    template.set("LaunchTemplateName", group.physicalName)
    template.set("LaunchTemplateData", .object(data))
    resources.append(
      CloudFormationResource(logicalID: group.part("template").logicalID, type: "AWS::EC2::LaunchTemplate", properties: template))

    var main = CloudFormationProperties()
    main.set("AutoScalingGroupName", group.physicalName)
    main.set("MinSize", String(group.min))
    main.set("MaxSize", String(group.max))
    main.set("DesiredCapacity", group.desired.map(String.init))
    main.set("VPCZoneIdentifier", privateSubnets(group.network, in: index))
    main.set("HealthCheckType", group.targetGroup == nil ? "EC2" : "ELB")
    main.set("HealthCheckGracePeriod", group.healthCheckGracePeriod.seconds)
    if let target = group.targetGroup { main.set("TargetGroupARNs", .array([CloudFormationValues.ref(target.logicalID)])) }
    main.set("LaunchTemplate", .object([
      .init("LaunchTemplateId", CloudFormationValues.ref(group.part("template").logicalID)),
      .init("Version", CloudFormationValues.getAtt(group.part("template").logicalID, "LatestVersionNumber")),
    ]))
    if !group.tags.isEmpty {
      main.set("Tags", .array(group.tags.map {
        .object([.init("Key", .string($0.key)), .init("PropagateAtLaunch", .bool(true)), .init("Value", .string($0.value))])
      }))
    }
    resources.append(
      CloudFormationResource(logicalID: group.id.logicalID, type: "AWS::AutoScaling::AutoScalingGroup", properties: main))

    for (direction, policy) in [("up", group.scaleUp), ("down", group.scaleDown)] {
      guard let policy else { continue }
      let policyID = group.part("scale-\(direction)")
      var scaling = CloudFormationProperties()
      scaling.set("AutoScalingGroupName", CloudFormationValues.ref(group.id.logicalID))
      scaling.set("AdjustmentType", "ChangeInCapacity")
      scaling.set("PolicyType", "SimpleScaling")
      scaling.set("ScalingAdjustment", policy.adjust)
      scaling.set("Cooldown", String(policy.cooldown.seconds))
      resources.append(CloudFormationResource(logicalID: policyID.logicalID, type: "AWS::AutoScaling::ScalingPolicy", properties: scaling))
      var alarm = CloudFormationProperties()
      alarm.set("AlarmName", policyID.rawValue + "-cpu")
      alarm.set("AlarmDescription", "scale \(direction) \(group.id) on CPU")
      alarm.set("AlarmActions", .array([CloudFormationValues.ref(policyID.logicalID)]))
      alarm.set("ComparisonOperator", policy.above ? "GreaterThanThreshold" : "LessThanThreshold")
      alarm.set("EvaluationPeriods", policy.evaluationPeriods)
      alarm.set("MetricName", "CPUUtilization")
      alarm.set("Namespace", "AWS/EC2")
      alarm.set("Period", 300)
      alarm.set("Statistic", "Average")
      alarm.set("Threshold", .double(policy.threshold))
      alarm.set("Tags", CloudFormationValues.tags(group.tags))
      alarm.set("Dimensions", .array([.object([
        .init("Name", .string("AutoScalingGroupName")), .init("Value", CloudFormationValues.ref(group.id.logicalID)),
      ])]))
      resources.append(CloudFormationResource(logicalID: policyID.appending("cpu").logicalID, type: "AWS::CloudWatch::Alarm", properties: alarm))
    }
    return resources
  }
}
