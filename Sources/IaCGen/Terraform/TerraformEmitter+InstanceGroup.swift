// InstanceGroup -> instance profile, launch template, aws_autoscaling_group, simple policies and CPU alarms.

import HCL

extension TerraformEmitter {
  func translateInstanceGroup(_ group: InstanceGroup, in index: ModelIndex) -> [HCL.Block] {
    var blocks: [HCL.Block] = []
    var profile = TerraformBlockBuilder()
    profile.set("name", group.physicalName + "-profile")
    if let role = group.roleID { profile.set("role", TerraformValues.address("aws_iam_role", role, "name")) }
    profile.setTags(group.tags)
    blocks.append(resourceBlock("aws_iam_instance_profile", group.id, profile))

    var template = TerraformBlockBuilder()
    template.set("name", group.physicalName)
    template.set("image_id", group.imageID)
    template.set("instance_type", group.instanceType)
    template.set("update_default_version", true)
    template.set("vpc_security_group_ids", securityGroups(group.securityGroupID))
    if let userData = group.userData { template.set("user_data", .call("base64encode", [.string(userData)])) }
    template.setTags(group.tags)
    template.block("block_device_mappings") { mapping in
      mapping.set("device_name", "/dev/xvda")
      mapping.block("ebs") { ebs in
        ebs.set("delete_on_termination", true)
        ebs.set("encrypted", true)
        ebs.set("volume_size", group.rootVolumeGB)
        ebs.set("volume_type", "gp3")
      }
    }
    template.block("iam_instance_profile") { $0.set("arn", TerraformValues.address("aws_iam_instance_profile", group.id, "arn")) }
    template.block("metadata_options") { metadata in
      metadata.set("http_endpoint", "enabled")
      metadata.set("http_put_response_hop_limit", 1)
      metadata.set("http_tokens", "required")
    }
    template.block("monitoring") { $0.set("enabled", true) }
    blocks.append(resourceBlock("aws_launch_template", group.id, template))

    var main = TerraformBlockBuilder()
    main.set("name", group.physicalName)
    main.set("min_size", group.min)
    main.set("max_size", group.max)
    main.set("desired_capacity", group.desired)
    main.set("vpc_zone_identifier", privateSubnets(group.network, in: index))
    main.set("health_check_type", group.targetGroup == nil ? "EC2" : "ELB")
    main.set("health_check_grace_period", group.healthCheckGracePeriod.seconds)
    if let target = group.targetGroup {
      main.set("target_group_arns", .tuple([TerraformValues.address("aws_lb_target_group", target, "arn")]))
    }
    main.block("launch_template") { launch in
      launch.set("id", TerraformValues.address("aws_launch_template", group.id, "id"))
      launch.set("version", TerraformValues.address("aws_launch_template", group.id, "latest_version"))
    }
    for tag in group.tags {
      main.block("tag") { nested in
        nested.set("key", tag.key)
        nested.set("propagate_at_launch", true)
        nested.set("value", tag.value)
      }
    }
    blocks.append(resourceBlock("aws_autoscaling_group", group.id, main))

    for (direction, policy) in [("up", group.scaleUp), ("down", group.scaleDown)] {
      guard let policy else { continue }
      let policyID = group.part("scale-\(direction)")
      var scaling = TerraformBlockBuilder()
      scaling.set("name", policyID.rawValue)
      scaling.set("autoscaling_group_name", TerraformValues.address("aws_autoscaling_group", group.id, "name"))
      scaling.set("adjustment_type", "ChangeInCapacity")
      scaling.set("policy_type", "SimpleScaling")
      scaling.set("scaling_adjustment", policy.adjust)
      scaling.set("cooldown", policy.cooldown.seconds)
      blocks.append(resourceBlock("aws_autoscaling_policy", policyID, scaling))
      var alarm = TerraformBlockBuilder()
      alarm.set("alarm_name", policyID.rawValue + "-cpu")
      alarm.set("alarm_description", "scale \(direction) \(group.id) on CPU")
      alarm.set("alarm_actions", .tuple([TerraformValues.address("aws_autoscaling_policy", policyID, "arn")]))
      alarm.set("comparison_operator", policy.above ? "GreaterThanThreshold" : "LessThanThreshold")
      alarm.set("evaluation_periods", policy.evaluationPeriods)
      alarm.set("metric_name", "CPUUtilization")
      alarm.set("namespace", "AWS/EC2")
      alarm.set("period", 300)
      alarm.set("statistic", "Average")
      alarm.set("threshold", .double(policy.threshold))
      alarm.set("dimensions", .object([("AutoScalingGroupName", TerraformValues.address("aws_autoscaling_group", group.id, "name"))]))
      alarm.setTags(group.tags)
      blocks.append(resourceBlock("aws_cloudwatch_metric_alarm", policyID.appending("cpu"), alarm))
    }
    return blocks
  }
}
