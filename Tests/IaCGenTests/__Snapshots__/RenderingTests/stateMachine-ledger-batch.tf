resource "aws_sfn_state_machine" "ledger_batch" {
  definition = jsonencode({
    StartAt = "Check"
    States = {
      Check = {
        Type = "Choice"
        Choices = [
          {
            Variable     = "$.mode"
            StringEquals = "fan-out"
            Next         = "Each"
          },
          {
            Variable      = "$.count"
            NumericEquals = 0
            Next          = "Done"
          },
        ]
        Default = "Both"
      }
      Each = {
        Type           = "Map"
        ItemsPath      = "$.files"
        MaxConcurrency = 10
        ItemProcessor = {
          ProcessorConfig = {
            Mode = "INLINE"
          }
          StartAt = "Transcode"
          States = {
            Transcode = {
              Type     = "Task"
              Resource = "arn:${data.aws_partition.current.partition}:states:::ecs:runTask.sync"
              Parameters = {
                Cluster        = aws_ecs_cluster.apps.arn
                TaskDefinition = aws_ecs_task_definition.workers.arn
                LaunchType     = "FARGATE"
                NetworkConfiguration = {
                  AwsvpcConfiguration = {
                    AssignPublicIp = "DISABLED"
                    SecurityGroups = [aws_security_group.workers_sg.id]
                    Subnets        = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
                  }
                }
              }
              Retry = [
                {
                  ErrorEquals     = ["States.ALL"]
                  IntervalSeconds = 2
                  MaxAttempts     = 2
                  BackoffRate     = 2
                },
              ]
              Catch = [
                {
                  ErrorEquals = ["States.ALL"]
                  Next        = "Skip"
                  ResultPath  = "$.error"
                },
              ]
              End = true
            }
            Skip = {
              Type = "Succeed"
            }
          }
        }
        Next = "Done"
      }
      Both = {
        Type = "Parallel"
        Branches = [
          {
            StartAt = "Index"
            States = {
              Index = {
                Type     = "Task"
                Resource = "arn:${data.aws_partition.current.partition}:states:::lambda:invoke"
                Parameters = {
                  FunctionName = aws_lambda_function.imaged.arn
                  "Payload.$"  = "$"
                }
                OutputPath = "$.Payload"
                Retry = [
                  {
                    ErrorEquals     = ["States.ALL"]
                    IntervalSeconds = 2
                    MaxAttempts     = 3
                    BackoffRate     = 2
                  },
                ]
                End = true
              }
            }
          },
          {
            StartAt = "Pause"
            States = {
              Pause = {
                Type    = "Wait"
                Seconds = 30
                Next    = "Enqueue"
              }
              Enqueue = {
                Type     = "Task"
                Resource = "arn:${data.aws_partition.current.partition}:states:::sqs:sendMessage"
                Parameters = {
                  QueueUrl        = aws_sqs_queue.jobs.url
                  "MessageBody.$" = "$"
                }
                End = true
              }
            }
          },
        ]
        Catch = [
          {
            ErrorEquals = ["States.ALL"]
            Next        = "Failed"
            ResultPath  = "$.error"
          },
        ]
        Next = "Done"
      }
      Done = {
        Type = "Succeed"
      }
      Failed = {
        Type  = "Fail"
        Error = "LedgerBatchFailed"
        Cause = "a branch failed"
      }
    }
  })
  name     = "kitchen-sink-ledger-batch"
  role_arn = aws_iam_role.ledger_batch_role.arn
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  type = "STANDARD"

  logging_configuration {
    include_execution_data = true
    level                  = "ALL"
    log_destination        = "${aws_cloudwatch_log_group.ledger_batch_logs.arn}:*"
  }
  tracing_configuration {
    enabled = true
  }

  depends_on = [aws_iam_role_policy.ledger_batch_role]
}

