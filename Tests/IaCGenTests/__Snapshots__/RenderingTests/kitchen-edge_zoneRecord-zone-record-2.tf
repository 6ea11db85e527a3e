resource "aws_route53_record" "zone_record_2" {
  name    = "www.example.com"
  records = ["cdn.example.com"]
  ttl     = 300
  type    = "CNAME"
  zone_id = aws_route53_zone.zone.zone_id
}

