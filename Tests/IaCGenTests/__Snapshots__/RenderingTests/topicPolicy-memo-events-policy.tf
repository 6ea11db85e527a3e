resource "aws_sns_topic_policy" "memo_events_policy" {
  arn = aws_sns_topic.memo_events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowEventsFromTranscribed"
        Effect = "Allow"
        Principal = {
          Service = "events.amazonaws.com"
        }
        Action   = ["sns:Publish"]
        Resource = [aws_sns_topic.memo_events.arn]
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = aws_cloudwatch_event_rule.transcribed.arn
          }
        }
      },
    ]
  })
}

