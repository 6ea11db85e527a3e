output "recordings_cdn" {
  value = aws_cloudfront_distribution.global.domain_name
}

output "memos_table" {
  value = aws_dynamodb_table.memos.name
}

output "zone_id" {
  description = "The ID the regional stacks' latency records name (ExistingZone below)"
  value       = aws_route53_zone.zone.id
}
