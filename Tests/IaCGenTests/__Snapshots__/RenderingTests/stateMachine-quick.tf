resource "aws_sfn_state_machine" "quick" {
  definition = jsonencode({
    StartAt = "Go"
    States = {
      Go = {
        Type     = "Task"
        Resource = "arn:${data.aws_partition.current.partition}:states:::lambda:invoke"
        Parameters = {
          FunctionName = aws_lambda_function.imaged.arn
          "Payload.$"  = "$"
        }
        OutputPath = "$.Payload"
        End        = true
      }
    }
  })
  name     = "kitchen-sink-quick"
  role_arn = aws_iam_role.quick_role.arn
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  type = "EXPRESS"

  tracing_configuration {
    enabled = false
  }

  depends_on = [aws_iam_role_policy.quick_role]
}

