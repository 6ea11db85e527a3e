// Rules for S3 buckets.

enum BucketRules {
  static let all: [Rule] = [bucketName, accelerationName, lifecycle, notificationTargets, cors, intelligentTiering]

  /// Why `name` breaks S3's bucket naming rules, or nil when it follows them.
  static func namingProblem(_ name: String) -> String? {
    let scalars = Array(name.unicodeScalars)
    func isLowerOrDigit(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
    if !Limits.bucketNameLength.contains(scalars.count) { return "it has \(scalars.count) characters (3 to 63 allowed)" }
    if !scalars.allSatisfy({ isLowerOrDigit($0) || $0 == "." || $0 == "-" }) {
      return "only lowercase letters, digits, '.' and '-' are allowed"
    }
    if !isLowerOrDigit(scalars[0]) || !isLowerOrDigit(scalars[scalars.count - 1]) {
      return "it must begin and end with a letter or digit"
    }
    if name.contains("..") { return "it must not contain two adjacent periods" }
    let octets = name.split(separator: ".", omittingEmptySubsequences: false)
    if octets.count == 4, octets.allSatisfy({ Int($0).map { (0...255).contains($0) } ?? false }) {
      return "it must not look like an IP address"
    }
    if let prefix = Limits.reservedBucketPrefixes.first(where: name.hasPrefix) { return "the prefix '\(prefix)' is reserved" }
    if let suffix = Limits.reservedBucketSuffixes.first(where: name.hasSuffix) { return "the suffix '\(suffix)' is reserved" }
    return nil
  }

  static let bucketName = Rule(
    "S3001", .error, "Bucket names follow S3's naming rules (3-63 lowercase letters, digits, '.', '-'; no IP form; reserved prefixes and suffixes)",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html"
  ) { context in
    for bucket in context.stack.buckets {
      guard let problem = namingProblem(bucket.physicalName) else { continue }
      context.report(
        "bucket '\(bucket.id)' would be named '\(bucket.physicalName)', which S3 rejects: \(problem)",
        about: .bucket(bucket))
    }
  }

  static let accelerationName = Rule(
    "S3002", .error, "Transfer acceleration needs a bucket name without periods",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration.html"
  ) { context in
    for bucket in context.stack.buckets where bucket.transferAcceleration && bucket.physicalName.contains(".") {
      context.report(
        "bucket '\(bucket.id)' uses transfer acceleration, but its name '\(bucket.physicalName)' contains periods; rename it without periods",
        about: .bucket(bucket))
    }
  }

  static let lifecycle = Rule(
    "S3003", .error,
    "Lifecycle rules: unique IDs, transitions to infrequent-access classes after 30 days or more, expiration after the last transition",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html"
  ) { context in
    for bucket in context.stack.buckets {
      if bucket.lifecycleRules.count > Limits.lifecycleRulesPerBucket {
        context.report("bucket '\(bucket.id)' has \(bucket.lifecycleRules.count) lifecycle rules; S3 allows 1000", about: .bucket(bucket))
      }
      var ids = Set<String>()
      for rule in bucket.lifecycleRules {
        if !ids.insert(rule.id).inserted {
          context.report("bucket '\(bucket.id)' has two lifecycle rules with ID '\(rule.id)'", about: .bucket(bucket))
        }
        for transition in rule.transitions where transition.after.days < transition.storageClass.minimumDays {
          context.report(
            "bucket '\(bucket.id)' moves objects to \(transition.storageClass.rawValue) after \(transition.after.days) days in rule '\(rule.id)'; S3 needs at least \(transition.storageClass.minimumDays)",
            about: .bucket(bucket))
        }
        if let expiration = rule.expiration?.days, let last = rule.transitions.map(\.after.days).max(), expiration <= last {
          context.report(
            "bucket '\(bucket.id)' expires objects after \(expiration) days in rule '\(rule.id)', not after its last transition (\(last) days); expire later or drop the transition",
            about: .bucket(bucket))
        }
        if rule.noncurrentVersionExpiration != nil && !bucket.versioning {
          context.report(
            "bucket '\(bucket.id)' expires noncurrent versions in rule '\(rule.id)' but is not versioned; turn versioning on or remove the setting",
            about: .bucket(bucket), severity: .warning)
        }
      }
    }
  }

  static let notificationTargets = Rule(
    "S3004", .error, "Event notifications go to standard queues (S3 cannot deliver to FIFO queues)",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html"
  ) { context in
    for bucket in context.stack.buckets {
      for notification in bucket.notifications {
        guard case .queue(let id) = notification.destination, let queue = context.queue(id) else { continue }
        if queue.isFIFO {
          context.report(
            "bucket '\(bucket.id)' sends events to FIFO queue '\(queue.id)'; S3 delivers only to standard queues",
            about: .bucket(bucket))
        } else if case .kms = queue.encryption {
          context.report(
            "bucket '\(bucket.id)' sends events to queue '\(queue.id)', which uses a customer-managed KMS key; its key policy must let s3.amazonaws.com use the key, or use SSE-SQS",
            about: .bucket(bucket), severity: .warning)
        }
      }
    }
  }

  static let cors = Rule(
    "S3005", .error, "CORS rules: at most 100, methods GET/PUT/POST/DELETE/HEAD, at least one origin",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html"
  ) { context in
    for bucket in context.stack.buckets {
      if bucket.cors.count > Limits.corsRulesPerBucket {
        context.report("bucket '\(bucket.id)' has \(bucket.cors.count) CORS rules; S3 allows 100", about: .bucket(bucket))
      }
      for rule in bucket.cors {
        let bad = rule.allowedMethods.filter { !Limits.corsMethods.contains($0) }
        if !bad.isEmpty || rule.allowedMethods.isEmpty || rule.allowedOrigins.isEmpty {
          context.report(
            "bucket '\(bucket.id)' has a CORS rule with methods \(rule.allowedMethods) and origins \(rule.allowedOrigins); use methods from GET, PUT, POST, DELETE, HEAD and at least one origin",
            about: .bucket(bucket))
        }
      }
    }
  }

  static let intelligentTiering = Rule(
    "S3006", .error, "Intelligent-Tiering: archive after 90-730 days, deep archive after 180-730 and after archive",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html"
  ) { context in
    for bucket in context.stack.buckets {
      guard let tiering = bucket.intelligentTiering else { continue }
      let archive = tiering.archiveAfter?.days
      let deep = tiering.deepArchiveAfter?.days
      if let archive, !Limits.archiveAccessDays.contains(archive) {
        context.report("bucket '\(bucket.id)' archives after \(archive) days; S3 allows 90 to 730", about: .bucket(bucket))
      }
      if let deep, !Limits.deepArchiveAccessDays.contains(deep) {
        context.report("bucket '\(bucket.id)' deep-archives after \(deep) days; S3 allows 180 to 730", about: .bucket(bucket))
      }
      if let archive, let deep, deep <= archive {
        context.report(
          "bucket '\(bucket.id)' deep-archives after \(deep) days, not after archiving (\(archive) days)", about: .bucket(bucket))
      }
      if archive == nil && deep == nil {
        context.report("bucket '\(bucket.id)' enables Intelligent-Tiering archiving without any tier", about: .bucket(bucket))
      }
    }
  }
}
