output "endpoint" {
  description = "The recovery endpoint, once the service is scaled up"
  value       = aws_lb.edge.dns_name
}
