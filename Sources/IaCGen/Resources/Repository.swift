// ECR repositories.

/// An ECR repository: immutable tags, scan on push, encryption, and a lifecycle policy that
/// expires untagged images and keeps the newest ones.
public struct Repository: Hashable, Codable, Sendable {
  public var id: ResourceID
  /// The repository name; defaults to `<stack>/<id>`.
  public var name: String?
  public var immutableTags: Bool
  public var scanOnPush: Bool
  public var kmsKeyArn: String?
  /// Keep at most this many images (newest first); nil keeps all.
  public var keepImages: Int?
  /// Expire untagged images after this long; nil keeps them.
  public var expireUntaggedAfter: TimeSpan?
  /// Regions ECR copies every pushed image to (the registry's replication configuration).
  public var replicateTo: [Region]
  public var tags: [Tag]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, immutableTags: Bool = true, scanOnPush: Bool = true, kmsKeyArn: String? = nil,
    keepImages: Int? = 30, expireUntaggedAfter: TimeSpan? = .days(14), replicateTo: [Region] = [], tags: [String: String] = [:],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.immutableTags = immutableTags
    self.scanOnPush = scanOnPush
    self.kmsKeyArn = kmsKeyArn
    self.keepImages = keepImages
    self.expireUntaggedAfter = expireUntaggedAfter
    self.replicateTo = replicateTo
    self.tags = Tag.sorted(tags)
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
  /// The repository URI (`<account>.dkr.ecr.<region>.amazonaws.com/<name>`).
  public var uri: StringValue { .reference(Reference(target: id, kind: .repository, attribute: .url)) }
  public var arn: StringValue { .reference(Reference(target: id, kind: .repository, attribute: .arn)) }

  /// The lifecycle policy document as ECR takes it.
  var lifecycleRules: [(description: String, selection: [(String, LifecycleValue)])] {
    var rules: [(description: String, selection: [(String, LifecycleValue)])] = []
    if let expire = expireUntaggedAfter {
      rules.append((
        "expire untagged images after \(expire.seconds / 86_400) days",
        [("tagStatus", .text("untagged")), ("countType", .text("sinceImagePushed")), ("countUnit", .text("days")),
         ("countNumber", .number(expire.seconds / 86_400))]
      ))
    }
    if let keep = keepImages {
      rules.append(("keep the newest \(keep) images", [("tagStatus", .text("any")), ("countType", .text("imageCountMoreThan")), ("countNumber", .number(keep))]))
    }
    return rules
  }

  enum LifecycleValue { case text(String), number(Int) }
}
