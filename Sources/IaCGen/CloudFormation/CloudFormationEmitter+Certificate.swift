// Certificate -> AWS::CertificateManager::Certificate (CloudFormation writes the validation records).

import JSONSyntax

extension CloudFormationEmitter {
  func translateCertificate(_ certificate: Certificate) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("DomainName", certificate.domain)
    if !certificate.alternativeNames.isEmpty {
      properties.set("SubjectAlternativeNames", .array(certificate.alternativeNames.map(JSON.Value.string)))
    }
    properties.set("DomainValidationOptions", .array(certificate.allNames.map { name in
      .object([.init("DomainName", .string(name)), .init("HostedZoneId", Self.zoneID(certificate.zone))])
    }))
    properties.set("ValidationMethod", "DNS")
    properties.set("Tags", CloudFormationValues.tags(certificate.tags))
    return CloudFormationResource(logicalID: certificate.id.logicalID, type: "AWS::CertificateManager::Certificate", properties: properties)
  }
}
