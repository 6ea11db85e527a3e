output "endpoint" {
  description = "Point the API and WebSocket DNS names here"
  value       = aws_lb.edge.dns_name
}

output "files_bucket" {
  value = aws_s3_bucket.files.bucket
}
