resource "aws_route53_record" "zone_record_6" {
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

