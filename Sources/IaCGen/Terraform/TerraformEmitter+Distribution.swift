// Distribution -> aws_cloudfront_distribution (+ origin access controls, custom cache policies).

import HCL

extension TerraformEmitter {
  func translateDistribution(_ distribution: Distribution, in index: ModelIndex) -> [HCL.Block] {
    var blocks: [HCL.Block] = []
    for origin in distribution.origins {
      guard case .bucket = origin.source else { continue }
      var control = TerraformBlockBuilder()
      control.set("name", distribution.accessControlID(origin).rawValue)
      control.set("origin_access_control_origin_type", "s3")
      control.set("signing_behavior", "always")
      control.set("signing_protocol", "sigv4")
      blocks.append(resourceBlock("aws_cloudfront_origin_access_control", distribution.accessControlID(origin), control))
    }
    for policy in distribution.customCachePolicies {
      var block = TerraformBlockBuilder()
      block.set("name", policy.id.rawValue)
      block.set("min_ttl", policy.min.seconds)
      block.set("default_ttl", policy.default.seconds)
      block.set("max_ttl", policy.max.seconds)
      block.block("parameters_in_cache_key_and_forwarded_to_origin") { parameters in
        parameters.set("enable_accept_encoding_brotli", true)
        parameters.set("enable_accept_encoding_gzip", true)
        parameters.block("cookies_config") { $0.set("cookie_behavior", "none") }
        parameters.block("headers_config") { $0.set("header_behavior", "none") }
        parameters.block("query_strings_config") { $0.set("query_string_behavior", "none") }
      }
      blocks.append(resourceBlock("aws_cloudfront_cache_policy", policy.id, block))
    }

    var main = TerraformBlockBuilder()
    main.set("enabled", true)
    main.set("is_ipv6_enabled", true)
    main.set("http_version", "http2and3")
    main.set("comment", distribution.comment)
    main.set("price_class", distribution.priceClass.rawValue)
    if !distribution.aliases.isEmpty { main.set("aliases", .tuple(distribution.aliases.map(HCL.Expression.string))) }
    if let acl = distribution.webACL { main.set("web_acl_id", TerraformValues.address("aws_wafv2_web_acl", acl, "arn")) }
    main.setTags(distribution.tags)
    for origin in distribution.origins {
      let (domain, path) = distribution.domain(of: origin, in: index)
      main.block("origin") { block in
        block.set("domain_name", TerraformValues.expression(domain))
        block.set("origin_id", origin.id)
        block.set("origin_path", path)
        if case .bucket = origin.source {
          block.set("origin_access_control_id", TerraformValues.address("aws_cloudfront_origin_access_control", distribution.accessControlID(origin), "id"))
        } else {
          block.block("custom_origin_config") { custom in
            custom.set("http_port", 80)
            custom.set("https_port", 443)
            custom.set("origin_protocol_policy", "https-only")
            custom.set("origin_ssl_protocols", .tuple([.string("TLSv1.2")]))
          }
        }
      }
    }
    for group in distribution.originGroups {
      main.block("origin_group") { block in
        block.set("origin_id", group.id)
        block.block("failover_criteria") { $0.set("status_codes", .tuple(group.failoverStatusCodes.map(HCL.Expression.int))) }
        block.block("member") { $0.set("origin_id", group.primary) }
        block.block("member") { $0.set("origin_id", group.secondary) }
      }
    }
    func behavior(_ block: inout TerraformBlockBuilder, _ behavior: CacheBehavior) {
      block.set("path_pattern", behavior.pathPattern)
      block.set("target_origin_id", behavior.origin)
      block.set("viewer_protocol_policy", "redirect-to-https")
      block.set("allowed_methods", .tuple(behavior.methods.methods.map(HCL.Expression.string)))
      block.set("cached_methods", .tuple([.string("GET"), .string("HEAD")]))
      block.set("compress", behavior.compress)
      switch behavior.cachePolicy {
      case .managed(_, let id): block.set("cache_policy_id", id)
      case .custom(let name, _, _, _):
        block.set("cache_policy_id", TerraformValues.address("aws_cloudfront_cache_policy", distribution.cachePolicyID(named: name), "id"))
      }
      block.set("origin_request_policy_id", behavior.originRequestPolicy?.id)
    }
    main.block("default_cache_behavior") { behavior(&$0, distribution.defaultBehavior) }
    for ordered in distribution.behaviors { main.block("ordered_cache_behavior") { behavior(&$0, ordered) } }
    if let logs = distribution.accessLogs {
      main.block("logging_config") { logging in
        logging.set("bucket", TerraformValues.address("aws_s3_bucket", logs.bucket, "bucket_domain_name"))
        logging.set("include_cookies", logs.includeCookies)
        logging.set("prefix", logs.prefix)
      }
    }
    main.block("restrictions") { restrictions in
      restrictions.block("geo_restriction") { geo in
        switch distribution.geoRestriction {
        case .none:
          geo.set("restriction_type", "none")
          geo.set("locations", .tuple([]))
        case .allow(let codes):
          geo.set("restriction_type", "whitelist")
          geo.set("locations", .tuple(codes.map(HCL.Expression.string)))
        case .deny(let codes):
          geo.set("restriction_type", "blacklist")
          geo.set("locations", .tuple(codes.map(HCL.Expression.string)))
        }
      }
    }
    main.block("viewer_certificate") { certificate in
      if let arn = distribution.certificate {
        certificate.set("acm_certificate_arn", TerraformValues.expression(arn))
        certificate.set("minimum_protocol_version", distribution.minimumTLS)
        certificate.set("ssl_support_method", "sni-only")
      } else {
        certificate.set("cloudfront_default_certificate", true)
      }
    }
    blocks.append(resourceBlock("aws_cloudfront_distribution", distribution.id, main))
    return blocks
  }
}
