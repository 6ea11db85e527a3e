// What versions of the Terraform AWS provider accept where CloudFormation accepts more.

/// Values CloudFormation accepts that the Terraform AWS provider 5.100.0 rejects at
/// `terraform validate`, with the first provider version known to accept each (nil where
/// iacgen does not know it). Checked on 2026-12-03 against the provider's issues and
/// changelog; 5.100.0 by running `terraform validate` here.
enum ProviderSupport {
  /// The version iacgen's referee tests run.
  static let tested = ProviderVersion(5, 100, 0)
  /// The newest version a fact below is about: versions after it are beyond the tables.
  static let newestKnown = ProviderVersion(6, 45, 0)
  /// What the tables know: from the tested version to the newest one they describe (and its
  /// patch releases).
  static func knows(_ version: ProviderVersion) -> Bool {
    version >= tested && (version.major, version.minor) <= (newestKnown.major, newestKnown.minor)
  }

  /// Lambda runtimes (the provider validates `runtime` against its AWS SDK's list).
  static let runtimes: [String: ProviderVersion?] = [
    // https://github.com/hashicorp/terraform-provider-aws/pull/45024 (nodejs24.x from 6.19.0; java25, python3.14 from 6.20.0)
    "nodejs24.x": ProviderVersion(6, 19, 0), "java25": ProviderVersion(6, 20, 0), "python3.14": ProviderVersion(6, 20, 0),
    // https://github.com/hashicorp/terraform-provider-aws/issues/45864 (dotnet10 from 6.27.0)
    "dotnet10": ProviderVersion(6, 27, 0),
    // provider CHANGELOG 6.45.0: "resource/aws_lambda_function: Add support for ruby4.0"
    "ruby4.0": ProviderVersion(6, 45, 0),
  ]
  /// Region codes the provider's Region validation rejects (5.100.0, `terraform validate` probe).
  static let regions: [String: ProviderVersion?] = ["ap-southeast-6": nil, "us-isob-west-1": nil]
  /// CloudFront viewer TLS policies (5.100.0 rejects the 2025 policies).
  static let tlsPolicies: [String: ProviderVersion?] = ["TLSv1.2_2025": nil, "TLSv1.3_2025": nil]
  /// SQS `max_message_size` above 262,144 bytes, up to the 1 MiB AWS allows since August 2025
  /// (https://github.com/hashicorp/terraform-provider-aws/pull/43710; the release is not known).
  static let largeSQSMessages: ProviderVersion? = nil

  /// What the lowest version a constraint admits does with a value of a table.
  enum Verdict: Equatable {
    case accepted
    /// Rejected; accepted from the version given, when known.
    case rejected(acceptedFrom: ProviderVersion?)
    /// Accepted by some version after 5.100.0, but iacgen does not know which.
    case unknown
  }

  /// The verdict on `value` for `version`: values not in `table` are accepted (as by 5.100.0).
  static func verdict(_ value: String, in table: [String: ProviderVersion?], version: ProviderVersion) -> Verdict {
    guard let entry = table[value] else { return .accepted }
    return verdict(acceptedFrom: entry, version: version)
  }

  /// The verdict on a value first accepted by `acceptedFrom` (nil: some unknown version after
  /// 5.100.0) for `version`.
  static func verdict(acceptedFrom: ProviderVersion?, version: ProviderVersion) -> Verdict {
    if let acceptedFrom { return version >= acceptedFrom ? .accepted : .rejected(acceptedFrom: acceptedFrom) }
    return version <= tested ? .rejected(acceptedFrom: nil) : .unknown
  }
}

extension RuleContext {
  /// The lowest AWS provider version the app's constraint admits (5.100.0 when the
  /// constraint cannot be read: TF001 reports that).
  var providerVersion: ProviderVersion { awsProvider.lowestAdmitted ?? ProviderSupport.tested }

  /// True when the chosen provider version is known to reject the Region `code`.
  func providerRejects(region code: String) -> Bool {
    if case .rejected = ProviderSupport.verdict(code, in: ProviderSupport.regions, version: providerVersion) { return true }
    return false
  }

  /// Reports what the provider does with a value CloudFormation accepts: an error when the
  /// lowest version the constraint admits rejects it, a warning when iacgen does not know.
  /// `what` names the value ("runtime 'python3.14'"), `subject` the resource ("function 'x'").
  func reportProviderSupport(
    _ verdict: ProviderSupport.Verdict, what: String, subject: String, alternative: String, about resource: ResourceModel?
  ) {
    let version = providerVersion
    let message: String
    let severity: Diagnostic.Severity
    switch verdict {
    case .accepted: return
    case .rejected(let acceptedFrom?):
      severity = .error
      message = "\(subject) uses \(what), which the Terraform AWS provider \(version) (the lowest version '\(awsProvider)' admits) rejects; it is accepted from \(acceptedFrom): require it with App(awsProvider: \"~> \(acceptedFrom)\"), or \(alternative)"
    case .rejected(nil):
      severity = .error
      message = "\(subject) uses \(what), which CloudFormation accepts but the Terraform AWS provider \(version) rejects; \(alternative)"
    case .unknown:
      severity = .warning
      message = "\(subject) uses \(what), which the Terraform AWS provider 5.100.0 rejects; iacgen does not know whether \(version) (the lowest version '\(awsProvider)' admits) accepts it: `terraform validate` will tell"
    }
    if let resource { report(message, about: resource, severity: severity) } else { reportStack(message, severity: severity) }
  }
}
