resource "aws_sqs_queue_policy" "events_policy" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowS3FromMedia"
        Effect = "Allow"
        Principal = {
          Service = "s3.amazonaws.com"
        }
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.events.arn]
        Condition = {
          ArnLike = {
            "aws:SourceArn" = "arn:${data.aws_partition.current.partition}:s3:::kitchen-sink-media-0123"
          }
          StringEquals = {
            "aws:SourceAccount" = data.aws_caller_identity.current.account_id
          }
        }
      },
      {
        Sid    = "AllowSNSFromMemoEvents"
        Effect = "Allow"
        Principal = {
          Service = "sns.amazonaws.com"
        }
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.events.arn]
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = aws_sns_topic.memo_events.arn
          }
        }
      },
      {
        Sid    = "AllowEventsFromTranscribed"
        Effect = "Allow"
        Principal = {
          Service = "events.amazonaws.com"
        }
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.events.arn]
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = aws_cloudwatch_event_rule.transcribed.arn
          }
        }
      },
    ]
  })
  queue_url = aws_sqs_queue.events.id
}

