resource "aws_route53_record" "zone_record_1" {
  name    = "example.com"
  records = ["\"v=spf1 -all\""]
  ttl     = 3600
  type    = "TXT"
  zone_id = aws_route53_zone.zone.zone_id
}

