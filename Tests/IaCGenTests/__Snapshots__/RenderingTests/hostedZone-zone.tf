resource "aws_route53_zone" "zone" {
  name = "example.com"
}

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

resource "aws_route53_record" "zone_record_1" {
  name    = "cdn.example.com"
  type    = "A"
  zone_id = aws_route53_zone.zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_cloudfront_distribution.cdn.domain_name
    zone_id                = aws_cloudfront_distribution.cdn.hosted_zone_id
  }
}

resource "aws_route53_record" "zone_record_2" {
  name    = "example.com"
  records = ["\"v=spf1 -all\""]
  ttl     = 3600
  type    = "TXT"
  zone_id = aws_route53_zone.zone.zone_id
}

resource "aws_route53_record" "zone_record_3" {
  name    = "www.example.com"
  records = ["cdn.example.com"]
  ttl     = 300
  type    = "CNAME"
  zone_id = aws_route53_zone.zone.zone_id
}

resource "aws_route53_record" "zone_record_4" {
  health_check_id = aws_route53_health_check.zone_check_api.id
  name            = "api.example.com"
  records         = ["192.0.2.10"]
  set_identifier  = "primary"
  ttl             = 300
  type            = "A"
  zone_id         = aws_route53_zone.zone.zone_id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "zone_record_5" {
  name           = "api.example.com"
  records        = ["192.0.2.20"]
  set_identifier = "secondary"
  ttl            = 300
  type           = "A"
  zone_id        = aws_route53_zone.zone.zone_id

  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "zone_record_6" {
  name           = "geo.example.com"
  records        = ["192.0.2.30"]
  set_identifier = "use1"
  ttl            = 300
  type           = "A"
  zone_id        = aws_route53_zone.zone.zone_id

  latency_routing_policy {
    region = "us-east-1"
  }
}

resource "aws_route53_record" "zone_record_7" {
  name           = "canary.example.com"
  records        = ["192.0.2.40"]
  set_identifier = "canary"
  ttl            = 300
  type           = "A"
  zone_id        = aws_route53_zone.zone.zone_id

  weighted_routing_policy {
    weight = 10
  }
}

