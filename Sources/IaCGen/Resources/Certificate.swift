// ACM certificates validated through DNS.

/// An ACM certificate for a domain and its alternative names, validated by DNS records
/// generated in a hosted zone of the stack. API custom domains take certificates from their
/// own Region; CloudFront takes them from us-east-1.
///
/// ```swift
/// let zone = HostedZone("zone", domain: "example.com")
/// let certificate = Certificate("api-cert", domain: "api.example.com", zone: zone)
/// HttpApi("public", routes: [...], domain: ApiDomain("api.example.com", certificate: certificate))
/// ```
public struct Certificate: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var domain: String
  public var alternativeNames: [String]
  /// The zone that holds the validation records.
  public var zone: ZoneReference
  /// The zone's domain (names must lie in it).
  public var zoneDomain: String
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, domain: String, alternativeNames: [String] = [], zone: HostedZone, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.domain = domain
    self.alternativeNames = alternativeNames
    self.zone = .declared(zone.id)
    self.zoneDomain = zone.domain
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// A certificate validated in a zone of another stack (or Region), by the zone's ID.
  public init(
    _ id: ResourceID, domain: String, alternativeNames: [String] = [], zone: ExistingZone, tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.domain = domain
    self.alternativeNames = alternativeNames
    self.zone = .existing(zone)
    self.zoneDomain = zone.domain
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  /// The certificate's ARN, once validated.
  public var arn: StringValue { .reference(Reference(target: id, kind: .certificate, attribute: .arn)) }
  /// Every name the certificate covers, the domain first.
  var allNames: [String] { [domain] + alternativeNames }
  func part(_ name: String) -> ResourceID { id.appending(name) }
}
