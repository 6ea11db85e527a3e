output "endpoint" {
  value = aws_lb.edge.dns_name
}

output "repository" {
  value = aws_ecr_repository.podinfo_images.repository_url
}
