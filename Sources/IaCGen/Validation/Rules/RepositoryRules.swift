// Rules for ECR repositories.

enum RepositoryRules {
  static let all: [Rule] = [name, lifecycle]

  static let name = Rule(
    "ECR001", .error, "Repository names are 2-256 lowercase letters and digits, separated by '.', '_', '-' or '/'",
    source: "CreateRepository repositoryName pattern; https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html"
  ) { context in
    for repository in context.stack.repositories {
      let name = repository.physicalName
      let scalars = Array(name.unicodeScalars)
      func alnum(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
      var valid = (2...256).contains(scalars.count) && alnum(scalars.first!) && alnum(scalars.last!)
      for (index, scalar) in scalars.enumerated() where !alnum(scalar) {
        if !"._-/".unicodeScalars.contains(scalar) || (index > 0 && !alnum(scalars[index - 1]) && scalar == "/") { valid = false }
      }
      if !valid {
        context.report(
          "repository '\(repository.id)' would be named '\(name)'; names are 2 to 256 lowercase letters and digits separated by '.', '_', '-' or '/'",
          about: .repository(repository))
      }
    }
  }

  static let lifecycle = Rule(
    "ECR002", .error, "Lifecycle rules keep at least one image and expire untagged images after at least a day",
    source: "ECR lifecycle policy countNumber >= 1; https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html"
  ) { context in
    for repository in context.stack.repositories {
      if let keep = repository.keepImages, keep < 1 {
        context.report("repository '\(repository.id)' keeps \(keep) images; keep at least 1, or nil to keep all", about: .repository(repository))
      }
      if let expire = repository.expireUntaggedAfter, expire.seconds < 86_400 {
        context.report(
          "repository '\(repository.id)' expires untagged images after \(expire); use at least one day", about: .repository(repository))
      }
    }
  }
}
