// Certificate -> aws_acm_certificate, its DNS validation records and aws_acm_certificate_validation.

import HCL

extension TerraformEmitter {
  func translateCertificate(_ certificate: Certificate) -> [HCL.Block] {
    var main = TerraformBlockBuilder()
    main.set("domain_name", certificate.domain)
    if !certificate.alternativeNames.isEmpty {
      main.set("subject_alternative_names", .tuple(certificate.alternativeNames.map(HCL.Expression.string)))
    }
    main.set("validation_method", "DNS")
    main.setTags(certificate.tags)
    main.block("lifecycle") { $0.set("create_before_destroy", true) }
    // One record per name; a name and its wildcard share a record, which allow_overwrite permits.
    var records = TerraformBlockBuilder()
    records.set(
      "for_each",
      .forExpression(
        variable: "option", collection: TerraformValues.address("aws_acm_certificate", certificate.id, "domain_validation_options"),
        key: .traversal(["option", "domain_name"]), value: .traversal(["option"])))
    records.set("allow_overwrite", true)
    records.set("name", .traversal(["each", "value", "resource_record_name"]))
    records.set("records", .tuple([.traversal(["each", "value", "resource_record_value"])]))
    records.set("ttl", 60)
    records.set("type", .traversal(["each", "value", "resource_record_type"]))
    records.set("zone_id", Self.zoneID(certificate.zone))
    var validation = TerraformBlockBuilder()
    validation.set("certificate_arn", TerraformValues.address("aws_acm_certificate", certificate.id, "arn"))
    validation.set(
      "validation_record_fqdns",
      .forExpression(
        variable: "record", collection: .traversal(["aws_route53_record", certificate.part("validation").terraformName]), key: nil,
        value: .traversal(["record", "fqdn"])))
    return [
      resourceBlock("aws_acm_certificate", certificate.id, main),
      resourceBlock("aws_route53_record", certificate.part("validation"), records),
      resourceBlock("aws_acm_certificate_validation", certificate.id, validation),
    ]
  }
}
