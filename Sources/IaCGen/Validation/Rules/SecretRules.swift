// Rules for Secrets Manager secrets.

enum SecretRules {
  static let all: [Rule] = [recoveryWindow, generation, rotation]

  static let recoveryWindow = Rule(
    "SEC001", .error, "A deleted secret's recovery window is 0 or 7-30 days",
    source: "DeleteSecret RecoveryWindowInDays; https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html"
  ) { context in
    for secret in context.stack.secrets where !Limits.secretRecoveryWindowDays.contains(secret.recoveryWindowDays) {
      context.report(
        "secret '\(secret.id)' has a recovery window of \(secret.recoveryWindowDays) days; use 0 (delete at once) or 7 to 30",
        about: .secret(secret))
    }
  }

  static let generation = Rule(
    "SEC002", .error, "Generated passwords are 1-4,096 characters; a template goes with a key",
    source: "GetRandomPassword PasswordLength; GenerateSecretString; https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetRandomPassword.html"
  ) { context in
    for secret in context.stack.secrets {
      let generate = secret.generate
      if !Limits.secretPasswordLength.contains(generate.length) {
        context.report(
          "secret '\(secret.id)' generates a \(generate.length)-character password; use 1 to 4096", about: .secret(secret))
      }
      if (generate.template == nil) != (generate.key == nil) {
        context.report(
          "secret '\(secret.id)' sets \(generate.template == nil ? "a key without a template" : "a template without a key"); give both, or neither",
          about: .secret(secret))
      }
    }
  }

  static let rotation = Rule(
    "SEC003", .error, "Rotation runs every 1-1,000 days with a function of the stack",
    source: "RotationRules AutomaticallyAfterDays; https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotationRulesType.html"
  ) { context in
    for secret in context.stack.secrets {
      guard let rotation = secret.rotation, !Limits.rotationDays.contains(rotation.every.days) else { continue }
      context.report(
        "secret '\(secret.id)' rotates every \(rotation.every.days) days; Secrets Manager allows 1 to 1000",
        about: .secret(secret))
    }
  }
}

/// Rules for Kinesis data streams.
enum StreamRules {
  static let all: [Rule] = [retention, name, shards]

  static let retention = Rule(
    "KDS001", .error, "Retention is 24 hours to 365 days", source: "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html"
  ) { context in
    for stream in context.stack.streams {
      let hours = stream.retention.seconds / 3600
      if stream.retention.seconds % 3600 != 0 || !Limits.streamRetentionHours.contains(hours) {
        context.report(
          "stream '\(stream.id)' keeps records for \(stream.retention); Kinesis allows whole hours from 24 to 8760",
          about: .stream(stream))
      }
    }
  }

  static let name = Rule(
    "KDS002", .error, "Stream names are 1-128 letters, digits, '_', '-' and '.'", source: "CreateStream StreamName; https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html"
  ) { context in
    for stream in context.stack.streams {
      let name = stream.physicalName
      let valid = Limits.streamNameLength.contains(name.count)
        && name.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) }
      if !valid {
        context.report(
          "stream '\(stream.id)' would be named '\(name)'; stream names are 1 to 128 letters, digits, '_', '-' and '.'",
          about: .stream(stream))
      }
    }
  }

  static let shards = Rule(
    "KDS003", .error, "A provisioned stream has at least 1 shard (more than 200 may need a quota increase)",
    source: "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html"
  ) { context in
    for stream in context.stack.streams {
      guard case .provisioned(let shards) = stream.capacity else { continue }
      if shards < 1 {
        context.report("stream '\(stream.id)' has \(shards) shards; use at least 1, or on-demand capacity", about: .stream(stream))
      } else if shards > Limits.shardsPerStreamQuota {
        context.report(
          "stream '\(stream.id)' has \(shards) shards; the default quota is 200 per stream in most Regions (500 in the largest), so check it first",
          about: .stream(stream), severity: .warning)
      }
    }
  }
}
