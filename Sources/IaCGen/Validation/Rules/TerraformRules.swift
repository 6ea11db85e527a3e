// Rules for what the Terraform configuration itself asks for: the provider version and the
// state backend.

enum TerraformRules {
  static let all: [Rule] = [providerConstraint, providerVersionKnown, stateBucket, stateKey, stateUnique, lockTable, localStateDirectory, dynamoDBLocking]

  static let providerConstraint = Rule(
    "TF001", .error, "The AWS provider version constraint is Terraform's syntax and admits a version with a lower bound",
    source: "Terraform version constraints; https://developer.hashicorp.com/terraform/language/expressions/version-constraints"
  ) { context in
    guard context.isFirstStack, context.awsProvider.lowestAdmitted == nil else { return }
    let problem =
      context.awsProvider.requirements == nil
      ? "is not a Terraform version constraint (such as \"5.100.0\", \"~> 6.20\" or \">= 6.20.0, < 7.0.0\")"
      : "admits no version, or has no lower bound (the validator judges runtimes and Regions by the lowest version a constraint admits)"
    context.reportStack("the AWS provider version '\(context.awsProvider)' \(problem)", at: context.appLocation)
  }

  static let providerVersionKnown = Rule(
    "TF002", .warning,
    "The lowest AWS provider version the constraint admits is one iacgen's tables know (5.100.0, the tested version, to 6.45.x)",
    source: "the provider's changelog (https://github.com/hashicorp/terraform-provider-aws/blob/main/CHANGELOG.md); iacgen's referee tests run 5.100.0"
  ) { context in
    guard context.isFirstStack, let version = context.awsProvider.lowestAdmitted, !ProviderSupport.knows(version) else { return }
    context.reportStack(
      "the AWS provider version '\(context.awsProvider)' admits \(version), which iacgen's tables do not describe (they know \(ProviderSupport.tested) to \(ProviderSupport.newestKnown.major).\(ProviderSupport.newestKnown.minor).x); runtime, Region and TLS checks assume what they know, and iacgen's output is tested with \(ProviderSupport.tested): run `terraform validate`",
      at: context.appLocation)
  }

  static let stateBucket = Rule(
    "TF003", .error, "An S3 state bucket's name follows S3's naming rules",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html; https://developer.hashicorp.com/terraform/language/backend/s3"
  ) { context in
    guard context.reportsOwnBackend, case .s3(let s3) = context.stack.backend, let problem = BucketRules.namingProblem(s3.bucket) else { return }
    context.reportBackend("the Terraform state bucket '\(s3.bucket)' is not a valid S3 bucket name: \(problem)")
  }

  static let stateKey = Rule(
    "TF004", .error, "An S3 state key is 1-1,024 bytes and neither starts nor ends with '/' nor holds '//'",
    source: "Terraform's s3 backend validates `key`; S3 object keys are at most 1,024 bytes; https://developer.hashicorp.com/terraform/language/backend/s3"
  ) { context in
    guard case .s3(let s3) = context.stack.backend else { return }
    let key = s3.key(stack: context.stack.name, region: context.stack.region)
    if key.isEmpty || key.utf8.count > 1_024 || key.hasPrefix("/") || key.hasSuffix("/") || key.contains("//") {
      context.reportBackend(
        "stack '\(context.stack.name)' would keep its Terraform state at key '\(key)'; a state key is 1 to 1,024 bytes and neither starts nor ends with '/' nor holds '//'",
        atStack: true)
    }
  }

  static let stateUnique = Rule(
    "TF005", .error, "No two stacks share a Terraform state (an S3 bucket and key, or a local state file)",
    source: "one state per root module; https://developer.hashicorp.com/terraform/language/state"
  ) { context in
    let mine = context.stack.backend.stateIdentity(stack: context.stack.name, region: context.stack.region)
    for other in context.appStacks.prefix(while: { $0.name != context.stack.name })
    where other.backend.stateIdentity(stack: other.name, region: other.region) == mine {
      context.reportBackend(
        "stacks '\(other.name)' and '\(context.stack.name)' would share the Terraform state \(mine); each stack needs a state of its own (give one of them another key)",
        atStack: true)
      return
    }
  }

  static let lockTable = Rule(
    "TF006", .error, "A DynamoDB lock table's name is 3-255 letters, digits, '_', '-' and '.'",
    source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html"
  ) { context in
    guard context.reportsOwnBackend, case .s3(let s3) = context.stack.backend, let table = s3.locking.dynamoDBTable else { return }
    let valid = table.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0)) }
    if !Limits.tableNameLength.contains(table.utf8.count) || !valid {
      context.reportBackend("the Terraform lock table '\(table)' is not a valid DynamoDB table name (3 to 255 letters, digits, '_', '-' and '.')")
    }
  }

  static let localStateDirectory = Rule(
    "TF007", .error, "A local state directory is a path without empty, '.' or '..' parts",
    source: "the state must stay outside the output directory iacgen replaces; https://developer.hashicorp.com/terraform/language/backend/local"
  ) { context in
    guard context.reportsOwnBackend, case .local(let directory) = context.stack.backend else { return }
    let parts = directory.split(separator: "/", omittingEmptySubsequences: false).dropFirst(directory.hasPrefix("/") ? 1 : 0)
    if directory.isEmpty || parts.dropLast(directory.hasSuffix("/") ? 1 : 0).contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
      context.reportBackend(
        "the local state directory '\(directory)' has an empty, '.' or '..' part; name a directory beside the output directory (such as 'iacgen.state') or an absolute path")
    }
  }

  static let dynamoDBLocking = Rule(
    "TF008", .warning, "S3 state is locked with a lock file, not only a DynamoDB table (deprecated by Terraform 1.11)",
    source: "https://developer.hashicorp.com/terraform/language/backend/s3#state-locking"
  ) { context in
    guard context.reportsOwnBackend, case .s3(let s3) = context.stack.backend, case .dynamoDB(let table) = s3.locking else { return }
    context.reportBackend(
      "the Terraform state is locked with the DynamoDB table '\(table)' only, which Terraform 1.11 deprecates; use locking: .lockFileAndDynamoDB(table: \"\(table)\") while moving, then .lockFile")
  }
}

extension RuleContext {
  /// Whether this is the app's first stack (app-wide findings are reported once, from it).
  var isFirstStack: Bool { appStacks.first?.name == stack.name }

  /// Whether findings about the stack's backend itself are this stack's to report: its own
  /// backend, or the app's from the first stack only.
  var reportsOwnBackend: Bool { stack.ownsBackend || isFirstStack }

  /// Reports a finding about the stack's backend: at the stack when it chose its backend or
  /// when `atStack` (findings that name this stack), otherwise at the app.
  func reportBackend(_ message: String, atStack: Bool = false) {
    reportStack(message, at: stack.ownsBackend || atStack ? stack.location : appLocation ?? stack.location)
  }
}

extension TerraformBackend {
  /// What identifies the stack's state: `s3://bucket/key` or the local file's path.
  func stateIdentity(stack: String, region: Region) -> String {
    switch self {
    case .local: return "file " + localStatePath(stack: stack)!
    case .s3(let s3): return "s3://\(s3.bucket)/\(s3.key(stack: stack, region: region))"
    }
  }
}
