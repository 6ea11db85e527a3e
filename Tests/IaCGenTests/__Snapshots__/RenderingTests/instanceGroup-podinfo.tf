resource "aws_iam_instance_profile" "podinfo" {
  name = "kitchen-sink-podinfo-profile"
  role = aws_iam_role.podinfo_role.name
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_launch_template" "podinfo" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  name          = "kitchen-sink-podinfo"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  update_default_version = true
  user_data              = base64encode("#!/bin/bash\necho \"$${HOME}\" %%{x}\n")
  vpc_security_group_ids = [aws_security_group.podinfo_sg.id]

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      delete_on_termination = true
      encrypted             = true
      volume_size           = 20
      volume_type           = "gp3"
    }
  }
  iam_instance_profile {
    arn = aws_iam_instance_profile.podinfo.arn
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
  }
  monitoring {
    enabled = true
  }
}

resource "aws_autoscaling_group" "podinfo" {
  desired_capacity          = 2
  health_check_grace_period = 300
  health_check_type         = "ELB"
  max_size                  = 6
  min_size                  = 2
  name                      = "kitchen-sink-podinfo"
  target_group_arns         = [aws_lb_target_group.podinfo_targets.arn]
  vpc_zone_identifier       = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]

  launch_template {
    id      = aws_launch_template.podinfo.id
    version = aws_launch_template.podinfo.latest_version
  }
  tag {
    key                 = "cost-center"
    propagate_at_launch = true
    value               = "42"
  }
  tag {
    key                 = "nöte"
    propagate_at_launch = true
    value               = "ünïcode välue: a/b=c+d@e"
  }
  tag {
    key                 = "project"
    propagate_at_launch = true
    value               = "iacgen"
  }
}

resource "aws_autoscaling_policy" "podinfo_scale_up" {
  adjustment_type        = "ChangeInCapacity"
  autoscaling_group_name = aws_autoscaling_group.podinfo.name
  cooldown               = 300
  name                   = "podinfo-scale-up"
  policy_type            = "SimpleScaling"
  scaling_adjustment     = 1
}

resource "aws_cloudwatch_metric_alarm" "podinfo_scale_up_cpu" {
  alarm_actions       = [aws_autoscaling_policy.podinfo_scale_up.arn]
  alarm_description   = "scale up podinfo on CPU"
  alarm_name          = "podinfo-scale-up-cpu"
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    AutoScalingGroupName = aws_autoscaling_group.podinfo.name
  }
  evaluation_periods = 2
  metric_name        = "CPUUtilization"
  namespace          = "AWS/EC2"
  period             = 300
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold = 80
}

resource "aws_autoscaling_policy" "podinfo_scale_down" {
  adjustment_type        = "ChangeInCapacity"
  autoscaling_group_name = aws_autoscaling_group.podinfo.name
  cooldown               = 300
  name                   = "podinfo-scale-down"
  policy_type            = "SimpleScaling"
  scaling_adjustment     = -1
}

resource "aws_cloudwatch_metric_alarm" "podinfo_scale_down_cpu" {
  alarm_actions       = [aws_autoscaling_policy.podinfo_scale_down.arn]
  alarm_description   = "scale down podinfo on CPU"
  alarm_name          = "podinfo-scale-down-cpu"
  comparison_operator = "LessThanThreshold"
  dimensions = {
    AutoScalingGroupName = aws_autoscaling_group.podinfo.name
  }
  evaluation_periods = 2
  metric_name        = "CPUUtilization"
  namespace          = "AWS/EC2"
  period             = 300
  statistic          = "Average"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  threshold = 30
}

