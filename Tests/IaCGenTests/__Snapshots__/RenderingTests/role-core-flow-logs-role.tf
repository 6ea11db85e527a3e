resource "aws_iam_role" "core_flow_logs_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "vpc-flow-logs.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
}

resource "aws_iam_role_policy" "core_flow_logs_role" {
  name = "core-flow-logs-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DeliverFlowLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents"]
        Resource = [aws_cloudwatch_log_group.core_flow_logs.arn, "${aws_cloudwatch_log_group.core_flow_logs.arn}:*"]
      },
    ]
  })
  role = aws_iam_role.core_flow_logs_role.id
}

