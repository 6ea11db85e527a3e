resource "aws_route53_record" "zone_record_5" {
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

