// Rules for generated IAM roles.

enum IAMRules {
  static let all: [Rule] = [noWildcardActions, inlinePolicySize]

  static let noWildcardActions = Rule(
    "IAM001", .error, "Policy statements list explicit actions, never wildcards",
    source: "least privilege: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
  ) { context in
    for role in context.roles {
      for statement in role.statements {
        for action in statement.actions where action.utf8.contains(UInt8(ascii: "*")) {
          context.report(
            "role '\(role.id)' allows '\(action)' in statement '\(statement.sid)'; list the actions explicitly",
            about: .role(role))
        }
      }
    }
  }

  static let inlinePolicySize = Rule(
    "IAM002", .error, "A role's inline policy is at most 10,240 characters",
    source: "IAM quotas: role policy size (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html)"
  ) { context in
    for role in context.roles {
      // Estimate: references render as ARNs of about 100 characters. Statement IDs and
      // actions are ASCII (IAM allows nothing else), so their bytes are their characters.
      let size = role.statements.reduce(60) { total, statement in
        total + 60 + statement.sid.utf8.count + statement.actions.reduce(0) { $0 + $1.utf8.count + 3 }
          + statement.resources.reduce(0) { $0 + $1.literalByteCount + $1.references.count * 100 + 3 }
      }
      if size > Limits.roleInlinePolicyCharacters {
        context.report(
          "role '\(role.id)' needs about \(size) characters of inline policy; IAM allows 10240 per role, so split the function's grants across functions",
          about: .role(role))
      }
    }
  }
}
