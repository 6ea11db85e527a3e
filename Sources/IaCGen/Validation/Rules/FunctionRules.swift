// Rules for Lambda functions.

enum FunctionRules {
  static let all: [Rule] = [
    memory, timeout, ephemeralStorage, environmentSize, environmentKeys, reservedConcurrency, functionName,
    codeSettings, runtimeSupport, runtimeDeprecated, snapStart, provisionedConcurrency, aliasName, description,
    logRetention, codeBucket,
  ]

  static let codeBucket = Rule(
    "FN016", .error, "A zip function's code bucket has a valid S3 bucket name",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html"
  ) { context in
    var problems: [String: String?] = [:]  // functions often share one artifact bucket
    for function in context.functions {
      guard case .s3(let bucket, let key, _) = function.code else { continue }
      let problem = problems[bucket] ?? BucketRules.namingProblem(bucket)
      problems[bucket] = problem
      if let problem {
        context.report(
          "function '\(function.id)' loads its code from bucket '\(bucket)', which is not a valid bucket name: \(problem)",
          about: .function(function))
      } else if key.isEmpty {
        context.report("function '\(function.id)' has an empty code key", about: .function(function))
      }
    }
  }

  static let memory = Rule(
    "FN001", .error, "Memory is 128-10,240 MB", source: "Lambda quotas; https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  ) { context in
    for function in context.functions where !Limits.functionMemoryMB.contains(function.memoryMB) {
      context.report(
        "function '\(function.id)' has \(function.memoryMB) MB of memory; Lambda allows 128 to 10240 MB",
        about: .function(function))
    }
  }

  static let timeout = Rule(
    "FN002", .error, "Timeout is 1-900 seconds", source: "Lambda quotas; https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  ) { context in
    for function in context.functions where !Limits.functionTimeoutSeconds.contains(function.timeout.seconds) {
      context.report(
        "function '\(function.id)' has a timeout of \(function.timeout); Lambda allows 1 to 900 s",
        about: .function(function))
    }
  }

  static let ephemeralStorage = Rule(
    "FN003", .error, "Ephemeral storage is 512-10,240 MB", source: "API_EphemeralStorage; https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html"
  ) { context in
    for function in context.functions where !Limits.ephemeralStorageMB.contains(function.ephemeralStorageMB) {
      context.report(
        "function '\(function.id)' has \(function.ephemeralStorageMB) MB of ephemeral storage; Lambda allows 512 to 10240 MB",
        about: .function(function))
    }
  }

  static let environmentSize = Rule(
    "FN004", .error, "Environment variables total at most 4 KB (keys and values)",
    source: "Terraform 5.100 does not check it; https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  ) { context in
    for function in context.functions {
      let bytes = function.environment.reduce(0) { $0 + $1.key.utf8.count + $1.value.literalByteCount }
      if bytes > Limits.environmentBytes {
        context.report(
          "function '\(function.id)' has \(bytes) bytes of environment variables; Lambda allows 4096 in all, so move large values to SSM Parameter Store or S3",
          about: .function(function))
      }
    }
  }

  static let environmentKeys = Rule(
    "FN005", .error, "Environment variable names match [a-zA-Z][a-zA-Z0-9_]+ and are not reserved by Lambda",
    source: "CFN schema and cfn-lint; https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html"
  ) { context in
    for function in context.functions {
      for key in function.environment.keys.sorted() {
        let scalars = Array(key.unicodeScalars)
        let valid = scalars.count >= 2 && isASCIILetter(scalars[0])
          && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "_" }
        if !valid {
          context.report(
            "function '\(function.id)' has environment variable '\(key)'; names must start with a letter and contain only letters, digits and '_' (at least 2 characters)",
            about: .function(function))
        } else if Limits.reservedEnvironmentKeys.contains(key) {
          context.report(
            "function '\(function.id)' sets environment variable '\(key)', which Lambda reserves; choose another name",
            about: .function(function))
        }
      }
    }
  }

  static let reservedConcurrency = Rule(
    "FN006", .error, "Reserved concurrency is 0 or more (the account-wide total is AQ001's)",
    source: "configuration-concurrency.html; https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  ) { context in
    for function in context.functions {
      guard let reserved = function.reservedConcurrency, reserved < 0 else { continue }
      context.report(
        "function '\(function.id)' reserves \(reserved) concurrent executions; use 0 or more (0 throttles the function), or leave it unset",
        about: .function(function))
    }
  }

  static let functionName = Rule(
    "FN007", .error, "Function names are 1-64 letters, digits, '-' and '_'",
    source: "CFN schema FunctionName; https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  ) { context in
    for function in context.functions {
      let name = function.physicalName
      let valid = Limits.functionNameLength.contains(name.count)
        && name.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
      if !valid {
        context.report(
          "function '\(function.id)' would be named '\(name)' (\(name.count) characters); function names are 1 to 64 letters, digits, '-' and '_', so set a shorter name",
          about: .function(function))
      }
    }
  }

  static let codeSettings = Rule(
    "FN008", .error, "Zip functions need a runtime and a handler without spaces (at most 128); image functions take neither",
    source: "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  ) { context in
    for function in context.functions {
      if function.code.isImage {
        if function.runtime != nil || function.handler != nil {
          context.report(
            "function '\(function.id)' runs a container image, which sets its own runtime and handler; remove runtime and handler",
            about: .function(function))
        }
      } else if function.runtime == nil || function.handler == nil {
        context.report(
          "function '\(function.id)' runs a zip archive but has no \(function.runtime == nil ? "runtime" : "handler"); set both runtime and handler",
          about: .function(function))
      } else if let handler = function.handler,
        handler.isEmpty || (handler.utf8.count > Limits.handlerLength && handler.count > Limits.handlerLength)
          || handler.unicodeScalars.contains(where: \.properties.isWhitespace)
      {
        context.report(
          "function '\(function.id)' has handler '\(handler)'; a handler is 1 to 128 characters without whitespace, such as 'app.handler'",
          about: .function(function))
      }
    }
  }

  static let runtimeSupport = Rule(
    "FN009", .error, "The runtime is one both CloudFormation and the chosen Terraform AWS provider version accept (a warning where iacgen does not know the version)",
    source: "provider 5.100.0 rejects newer runtimes; nodejs24.x from 6.19.0, java25 and python3.14 from 6.20.0, https://github.com/hashicorp/terraform-provider-aws/pull/45024; dotnet10 from 6.27.0, https://github.com/hashicorp/terraform-provider-aws/issues/45864; ruby4.0 from 6.45.0, provider CHANGELOG; checked 2026-12-03; https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"
  ) { context in
    for function in context.functions {
      guard let runtime = function.runtime?.identifier else { continue }
      if !Limits.cloudFormationRuntimes.contains(runtime) {
        context.report(
          "function '\(function.id)' uses runtime '\(runtime)', which Lambda does not know; use one such as 'python3.12' or 'nodejs22.x'",
          about: .function(function))
      } else if !Limits.terraformProviderRuntimes.contains(runtime) {
        context.reportProviderSupport(
          ProviderSupport.verdict(runtime, in: ProviderSupport.runtimes, version: context.providerVersion),
          what: "runtime '\(runtime)'", subject: "function '\(function.id)'",
          alternative: "use an earlier runtime (such as 'python3.13' or 'nodejs22.x')", about: .function(function))
      }
    }
  }

  static let runtimeDeprecated = Rule(
    "FN010", .warning, "The runtime is not past or near its end of standard support",
    source: "AWS Lambda runtimes page; https://github.com/terraform-linters/tflint-ruleset-aws/blob/master/rules/aws_lambda_function_deprecated_runtime.go (dates sourced from AWS lambda-runtimes page)"
  ) { context in
    for function in context.functions {
      guard let runtime = function.runtime?.identifier, let date = Limits.runtimeDeprecations[runtime] else { continue }
      context.report(
        "function '\(function.id)' uses runtime '\(runtime)', whose standard support ends \(date); move to a newer runtime",
        about: .function(function))
    }
  }

  static let snapStart = Rule(
    "FN011", .error,
    "SnapStart needs a zip function on Java 11+, Python 3.12+ or .NET 8+, without provisioned concurrency or ephemeral storage above 512 MB",
    source: "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html"
  ) { context in
    for function in context.functions where function.snapStart {
      var problems: [String] = []
      if function.code.isImage { problems.append("it runs a container image") }
      if let runtime = function.runtime?.identifier, !supportsSnapStart(runtime) {
        problems.append("runtime '\(runtime)' does not support it (Java 11+, Python 3.12+ and .NET 8+ do)")
      }
      if function.alias?.provisionedConcurrency != nil { problems.append("it has provisioned concurrency") }
      if function.ephemeralStorageMB > 512 {
        problems.append("it has \(function.ephemeralStorageMB) MB of ephemeral storage (at most 512 MB)")
      }
      if !problems.isEmpty {
        context.report(
          "function '\(function.id)' enables SnapStart, but \(problems.joined(separator: ", ")); turn SnapStart off or change the function",
          about: .function(function))
      }
    }
  }

  static func supportsSnapStart(_ runtime: String) -> Bool {
    func version(after prefix: String) -> [Int]? {
      guard runtime.hasPrefix(prefix) else { return nil }
      return runtime.dropFirst(prefix.count).split(separator: ".").compactMap { Int($0) }
    }
    if let v = version(after: "java") { return (v.first ?? 0) >= 11 }
    if let v = version(after: "python") { return v.count >= 2 && (v[0] > 3 || (v[0] == 3 && v[1] >= 12)) }
    if let v = version(after: "dotnet"), !runtime.hasPrefix("dotnetcore") { return (v.first ?? 0) >= 8 }
    return false
  }

  static let provisionedConcurrency = Rule(
    "FN012", .error, "Provisioned concurrency is at least 1 and within the function's reserved concurrency",
    source: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"
  ) { context in
    for function in context.functions {
      guard let provisioned = function.alias?.provisionedConcurrency else { continue }
      if provisioned < 1 {
        context.report(
          "function '\(function.id)' provisions \(provisioned) concurrent executions on its alias; use at least 1, or remove provisioned concurrency",
          about: .function(function))
      } else if let reserved = function.reservedConcurrency, provisioned > reserved {
        context.report(
          "function '\(function.id)' provisions \(provisioned) concurrent executions but reserves only \(reserved); raise reserved concurrency to at least \(provisioned)",
          about: .function(function))
      }
    }
  }

  static let aliasName = Rule(
    "FN013", .error, "Alias names are 1-128 letters, digits, '-' and '_', and not only digits",
    source: "CFN schema AWS::Lambda::Alias Name; https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html"
  ) { context in
    for function in context.functions {
      guard let name = function.alias?.name else { continue }
      let scalars = name.unicodeScalars
      let valid = Limits.aliasNameLength.contains(name.count)
        && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        && !scalars.allSatisfy { ("0"..."9").contains($0) }
      if !valid {
        context.report(
          "function '\(function.id)' has alias '\(name)'; alias names are 1 to 128 letters, digits, '-' and '_', not only digits",
          about: .function(function))
      }
    }
  }

  static let description = Rule(
    "FN014", .error, "Descriptions are at most 256 characters",
    source: "Terraform 5.100 does not check it; https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  ) { context in
    for function in context.functions {
      guard let text = function.description, text.count > Limits.functionDescriptionLength else { continue }
      context.report(
        "function '\(function.id)' has a \(text.count)-character description; the limit is 256",
        about: .function(function))
    }
  }

  static let logRetention = Rule(
    "FN015", .error, "Log retention is one of the values CloudWatch Logs accepts",
    source: "CloudWatch Logs PutRetentionPolicy retentionInDays; https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html"
  ) { context in
    for function in context.functions where !Limits.logRetentionDays.contains(function.logRetentionDays) {
      context.report(
        "function '\(function.id)' keeps logs for \(function.logRetentionDays) days; CloudWatch Logs accepts \(Limits.logRetentionDays.sorted().map(String.init).joined(separator: ", "))",
        about: .function(function))
    }
  }
}
