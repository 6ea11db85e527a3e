resource "aws_route53_record" "zone_record_3" {
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

