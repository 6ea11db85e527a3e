resource "aws_cloudfront_origin_access_control" "cdn_oac_site" {
  name                              = "cdn-oac-site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_origin_access_control" "cdn_oac_backup" {
  name                              = "cdn-oac-backup"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_cache_policy" "cdn_cache_static" {
  default_ttl = 3600
  max_ttl     = 86400
  min_ttl     = 0
  name        = "cdn-cache-static"

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true

    cookies_config {
      cookie_behavior = "none"
    }
    headers_config {
      header_behavior = "none"
    }
    query_strings_config {
      query_string_behavior = "none"
    }
  }
}

resource "aws_cloudfront_distribution" "cdn" {
  aliases         = ["cdn.example.com"]
  comment         = "site and APIs"
  enabled         = true
  http_version    = "http2and3"
  is_ipv6_enabled = true
  price_class     = "PriceClass_200"
  web_acl_id      = aws_wafv2_web_acl.edge_acl.arn

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cache_policy_id        = aws_cloudfront_cache_policy.cdn_cache_static.id
    cached_methods         = ["GET", "HEAD"]
    compress               = true
    target_origin_id       = "site-failover"
    viewer_protocol_policy = "redirect-to-https"
  }
  logging_config {
    bucket          = aws_s3_bucket.edge_logs.bucket_domain_name
    include_cookies = false
    prefix          = "cdn/"
  }
  ordered_cache_behavior {
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    origin_request_policy_id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
    path_pattern             = "/items*"
    target_origin_id         = "rest"
    viewer_protocol_policy   = "redirect-to-https"
  }
  ordered_cache_behavior {
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    origin_request_policy_id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
    path_pattern             = "/things*"
    target_origin_id         = "http"
    viewer_protocol_policy   = "redirect-to-https"
  }
  ordered_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    cached_methods         = ["GET", "HEAD"]
    compress               = true
    path_pattern           = "/catalog*"
    target_origin_id       = "catalog-failover"
    viewer_protocol_policy = "redirect-to-https"
  }
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.cdn_oac_site.id
    origin_id                = "site"
  }
  origin {
    domain_name              = aws_s3_bucket.site_backup.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.cdn_oac_backup.id
    origin_id                = "backup"
  }
  origin {
    domain_name = "${aws_api_gateway_rest_api.rest.id}.execute-api.${data.aws_region.current.name}.amazonaws.com"
    origin_id   = "rest"
    origin_path = "/prod"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = "${aws_apigatewayv2_api.http.id}.execute-api.${data.aws_region.current.name}.amazonaws.com"
    origin_id   = "http"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = "rest-west.example.com"
    origin_id   = "rest-west"
    origin_path = "/v1"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin_group {
    origin_id = "site-failover"

    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "site"
    }
    member {
      origin_id = "backup"
    }
  }
  origin_group {
    origin_id = "catalog-failover"

    failover_criteria {
      status_codes = [500, 502, 503, 504, 404]
    }
    member {
      origin_id = "rest"
    }
    member {
      origin_id = "rest-west"
    }
  }
  restrictions {
    geo_restriction {
      locations        = ["US", "CA", "DE", "GB"]
      restriction_type = "whitelist"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate_validation.edge_cert.certificate_arn
    minimum_protocol_version = "TLSv1.2_2021"
    ssl_support_method       = "sni-only"
  }
}

