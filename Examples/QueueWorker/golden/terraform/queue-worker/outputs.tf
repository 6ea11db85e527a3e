output "primary_queue_url" {
  description = "Where producers send voice memo jobs"
  value       = aws_sqs_queue.primary.url
}

output "transcripts_table" {
  value = aws_dynamodb_table.transcripts.name
}
