resource "aws_route53_record" "edge_names_3" {
  name    = "http.example.com"
  type    = "A"
  zone_id = aws_route53_zone.zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_apigatewayv2_domain_name.http.domain_name_configuration[0].target_domain_name
    zone_id                = aws_apigatewayv2_domain_name.http.domain_name_configuration[0].hosted_zone_id
  }
}

