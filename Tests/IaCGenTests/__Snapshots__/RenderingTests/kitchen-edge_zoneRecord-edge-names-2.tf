resource "aws_route53_record" "edge_names_2" {
  name    = "rest.example.com"
  type    = "A"
  zone_id = aws_route53_zone.zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_api_gateway_domain_name.rest.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.rest.regional_zone_id
  }
}

