resource "aws_acm_certificate" "edge_cert" {
  domain_name               = "example.com"
  subject_alternative_names = ["*.example.com"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "edge_cert_validation" {
  allow_overwrite = true
  for_each        = { for option in aws_acm_certificate.edge_cert.domain_validation_options : option.domain_name => option }
  name            = each.value.resource_record_name
  records         = [each.value.resource_record_value]
  ttl             = 60
  type            = each.value.resource_record_type
  zone_id         = aws_route53_zone.zone.zone_id
}

resource "aws_acm_certificate_validation" "edge_cert" {
  certificate_arn         = aws_acm_certificate.edge_cert.arn
  validation_record_fqdns = [for record in aws_route53_record.edge_cert_validation : record.fqdn]
}

