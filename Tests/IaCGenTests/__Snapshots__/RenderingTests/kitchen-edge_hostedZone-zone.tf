resource "aws_route53_zone" "zone" {
  name = "example.com"
}

