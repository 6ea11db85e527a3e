resource "aws_route53_record" "zone_record_4" {
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

