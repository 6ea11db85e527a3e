resource "aws_route53_health_check" "zone_check_api" {
  failure_threshold = 3
  fqdn              = "api-primary.example.com"
  port              = 443
  request_interval  = 30
  resource_path     = "/health"
  tags = {
    Name = "api"
  }
  type = "HTTPS"
}

