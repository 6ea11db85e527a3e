resource "aws_sqs_queue_policy" "dead_letters_policy" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowSNSFromOrderedEvents"
        Effect = "Allow"
        Principal = {
          Service = "sns.amazonaws.com"
        }
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.dead_letters.arn]
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = aws_sns_topic.ordered_events.arn
          }
        }
      },
    ]
  })
  queue_url = aws_sqs_queue.dead_letters.id
}

