// Rules over a stack as a whole: identifiers, references, cycles, Region, tags, outputs.

import Foundation

enum StackRules {
  static let all: [Rule] = [
    invalidID, duplicateID, danglingReference, referenceCycle, unknownRegion, regionUnknownToProvider,
    stackName, tags, outputs, templateSize,
  ]

  static let invalidID = Rule(
    "STK001", .error, "Resource IDs are letters, digits, '-' and '_', start with a letter, at most 64 characters",
    source: "Terraform labels and CloudFormation logical IDs (alphanumeric); https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html"
  ) { context in
    for resource in context.stack.resources where !resource.id.isValid {
      context.report(
        "\(resource.kind.displayName) ID '\(resource.id)' is not valid; use letters, digits, '-' and '_', starting with a letter (at most 64 characters)",
        about: resource)
    }
  }

  static let duplicateID = Rule(
    "STK002", .error, "Resource IDs are unique within a stack, also after conversion to Terraform and CloudFormation names",
    source: "CloudFormation logical IDs are unique per template; Terraform addresses per module; https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html"
  ) { context in
    let resources = context.cloudFormation.resources
    var logicalIDs = Set<String>(minimumCapacity: resources.reduce(0) { $0 + $1.rendered.count })
    for (resource, rendered) in resources {
      for logicalID in rendered.lazy.map(\.logicalID) where !logicalIDs.insert(logicalID).inserted {
        // A clash is rare: look up whose name it was only then.
        let first = resources.first { $0.rendered.contains { $0.logicalID == logicalID } }!.model
        context.report(
          "\(resource.kind.displayName) '\(resource.id)' has the same name as \(first.kind.displayName) '\(first.id)' (\(logicalID)); give one of them another ID",
          about: resource)
      }
    }
  }

  static let danglingReference = Rule(
    "STK003", .error, "References, grants, triggers and dead-letter queues name resources declared in the same stack",
    source: "Terraform and CloudFormation resolve references within one module / template; https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html"
  ) { context in
    // Generated roles are skipped: their references come from grants, checked on the function.
    for (position, resource) in context.stack.resources.enumerated() where resource.kind != .role {
      var reported = Set<String>()
      func check(_ reference: Reference) {
        if let problem = referenceProblem(reference, context), reported.insert(problem).inserted {
          context.report("\(resource.kind.displayName) '\(resource.id)' \(problem)", about: resource)
        }
      }
      context.references[position].forEach(check)
      resource.checkedReferences.forEach(check)
    }
    for output in context.stack.outputs {
      for reference in output.value.references {
        if let problem = referenceProblem(reference, context) {
          context.reportStack("output '\(output.id)' \(problem)", at: output.location)
        }
      }
    }
  }

  /// What is wrong with a reference, phrased "refers to ...", or nil when it resolves.
  static func referenceProblem(_ reference: Reference, _ context: RuleContext) -> String? {
    guard let target = context.resource(reference.target) else {
      if let (other, resource) = context.declaration(elsewhere: reference.target) {
        let across = other.region == context.stack.region ? "" : " in \(other.region.code), another Region than \(context.stack.region.code)"
        return "refers to \(resource.kind.displayName) '\(reference.target)' of stack '\(other.name)'\(across); stacks do not share references: name it explicitly (for a global table, `table.replica(in:)`)"
      }
      return "refers to \(reference.kind.displayName) '\(reference.target)', which is not declared in stack '\(context.stack.name)'; add it to the stack's block"
    }
    guard target.kind == reference.kind else {
      return "refers to '\(reference.target)' as a \(reference.kind.displayName), but it is a \(target.kind.displayName)"
    }
    switch (reference.attribute, target) {
    case (.aliasArn, .function(let function)) where function.alias == nil:
      return "refers to the alias of function '\(function.id)', which has none; give the function an alias"
    case (.streamArn, .table(let table)) where table.stream == nil:
      return "refers to the stream of table '\(table.id)', which has none; set the table's stream view"
    default:
      return nil
    }
  }

  static let referenceCycle = Rule(
    "STK004", .error, "References do not form a cycle",
    source: "Terraform and CloudFormation reject circular dependencies; https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html"
  ) { context in
    guard let cycle = findCycle(context.stack.resources, references: context.references), let first = context.resource(cycle[0]) else { return }
    let path = (cycle + [cycle[0]]).map { "'\($0)'" }.joined(separator: " -> ")
    context.report("references form a cycle: \(path); remove one of the references", about: first)
  }

  static let unknownRegion = Rule(
    "STK005", .error, "The stack's Region is a known AWS Region code",
    source: "Region codes known to cfn-lint 1.51.0; https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"
  ) { context in
    let code = context.stack.region.code
    if !Region.knownCodes.contains(code) {
      context.reportStack("stack '\(context.stack.name)' uses Region '\(code)', which is not an AWS Region code (for example 'us-east-1')")
    }
  }

  static let regionUnknownToProvider = Rule(
    "STK006", .error, "The chosen Terraform AWS provider version accepts the stack's Region (a warning where iacgen does not know the version)",
    source: "terraform plan probe: 5.100.0 rejects ap-southeast-6 and us-isob-west-1; https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"
  ) { context in
    let code = context.stack.region.code
    context.reportProviderSupport(
      ProviderSupport.verdict(code, in: ProviderSupport.regions, version: context.providerVersion),
      what: "Region '\(code)'", subject: "stack '\(context.stack.name)'", alternative: "choose another Region for this stack", about: nil)
  }

  static let stackName = Rule(
    "STK007", .error, "Stack names start with a letter and hold letters, digits and hyphens (at most 128)",
    source: "CloudFormation CreateStack StackName pattern [a-zA-Z][-a-zA-Z0-9]*; https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html"
  ) { context in
    let name = context.stack.name
    let scalars = name.unicodeScalars
    let valid = Limits.stackNameLength.contains(name.count) && (scalars.first.map(isASCIILetter) ?? false)
      && scalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" }
    if !valid {
      context.reportStack("stack name '\(name)' is not valid; use letters, digits and hyphens, starting with a letter (at most 128 characters)")
    }
  }

  static let tags = Rule(
    "STK008", .error,
    "Tags: at most 50 per resource; keys 1-128 and values 0-256 letters, digits, spaces and _ . : / = + - @; keys not starting with 'aws:'",
    source: "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html; CFN schema tag pattern"
  ) { context in
    for resource in context.stack.resources where !resource.tags.isEmpty && resource.kind != .role && resource.kind != .logGroup {
      // Generated roles and log groups carry their function's tags; report once, on the function.
      let what = "\(resource.kind.displayName) '\(resource.id)'"
      if resource.tags.count > Limits.tagsPerResource {
        context.report("\(what) has \(resource.tags.count) tags; the limit is \(Limits.tagsPerResource)", about: resource)
      }
      for tag in resource.tags {
        if !Limits.tagKeyLength.contains(tag.key.count) || tag.key.lowercased().hasPrefix("aws:") || !isTagText(tag.key) {
          context.report(
            "tag key '\(tag.key)' on \(what) is not allowed; keys are 1-128 letters, digits, spaces and _ . : / = + - @, not starting with 'aws:'",
            about: resource)
        }
        if !Limits.tagValueLength.contains(tag.value.count) || !isTagText(tag.value) {
          context.report(
            "tag '\(tag.key)' on \(what) has value '\(tag.value)'; values are at most 256 letters, digits, spaces and _ . : / = + - @",
            about: resource)
        }
      }
    }
  }

  /// Whether `text` holds only what AWS allows in tags: `^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$`.
  static func isTagText(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .spaceSeparator, .lineSeparator, .paragraphSeparator, .decimalNumber, .letterNumber, .otherNumber:
        return true
      default:
        return "_.:/=+-@".unicodeScalars.contains(scalar)
      }
    }
  }

  static let outputs = Rule(
    "STK009", .error, "Output IDs are valid and unique; at most 200 outputs per stack",
    source: "CloudFormation quotas: 200 outputs per template; https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"
  ) { context in
    var seen = Set<String>()
    for output in context.stack.outputs {
      if !output.id.isValid {
        context.reportStack("output ID '\(output.id)' is not valid; use letters, digits, '-' and '_', starting with a letter", at: output.location)
      } else if !seen.insert(output.id.logicalID).inserted {
        context.reportStack("output '\(output.id)' is declared twice (as \(output.id.logicalID)); give it another ID", at: output.location)
      }
    }
    if context.stack.outputs.count > Limits.templateOutputs {
      context.reportStack("stack '\(context.stack.name)' has \(context.stack.outputs.count) outputs; CloudFormation allows \(Limits.templateOutputs) per template")
    }
  }

  static let templateSize = Rule(
    "STK010", .error, "A stack renders to at most 500 CloudFormation resources",
    source: "CloudFormation quotas: 500 resources per template; https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"
  ) { context in
    let count = context.cloudFormation.resourceCount
    if count > Limits.templateResources {
      context.reportStack("stack '\(context.stack.name)' renders to \(count) CloudFormation resources; a template allows \(Limits.templateResources), so split it into several stacks")
    }
  }

}

func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }

/// Rules across the stacks of an app.
enum AppRules {
  /// APP001: stack names are unique in an app, also ignoring case (they name output directories
  /// and templates, which collide on case-insensitive file systems such as macOS's);
  /// APP002: an app declares a stack (synthesizing nothing would replace an earlier output with nothing);
  /// APP003: a stack declares a resource (CloudFormation rejects an empty template);
  /// APP004: no reference reached a stack through a plain String (see `ReferencesInStrings`).
  static func check(_ app: AppModel) -> [Diagnostic] {
    var firstByFoldedName: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    for stack in app.stacks {
      let folded = stack.name.lowercased()
      guard let first = firstByFoldedName[folded] else {
        firstByFoldedName[folded] = stack.name
        continue
      }
      let message =
        first == stack.name
        ? "stack name '\(stack.name)' is used twice; stack names name output directories and templates, so make them unique"
        : "stack names '\(first)' and '\(stack.name)' differ only in case; their output directories and templates would be one on a case-insensitive file system (macOS), so make them differ in more"
      diagnostics.append(Diagnostic(severity: .error, ruleID: "APP001", message: message, location: stack.location, stack: stack.name))
    }
    for stack in app.stacks where stack.resources.isEmpty {
      diagnostics.append(
        Diagnostic(
          severity: .error, ruleID: "APP003",
          message: "stack '\(stack.name)' declares no resources; CloudFormation rejects a template without resources, so declare one or remove the stack",
          location: stack.location, stack: stack.name))
    }
    if app.stacks.isEmpty, let location = app.location {
      diagnostics.append(
        Diagnostic(
          severity: .error, ruleID: "APP002",
          message: "the app declares no stacks; declare at least one Stack in App { ... } (an earlier output is left as it was)",
          location: location, stack: ""))
    }
    return diagnostics + referencesInStrings(app, ReferencesInStrings.shared.entries)
  }

  /// APP004 for each of `entries` whose placeholder is in a stack of `app`. Costs nothing
  /// when the program interpolated no reference into a String.
  static func referencesInStrings(_ app: AppModel, _ entries: [ReferencesInStrings.Entry]) -> [Diagnostic] {
    guard !entries.isEmpty else { return [] }
    let encoder = JSONEncoder()
    var diagnostics: [Diagnostic] = []
    for stack in app.stacks {
      guard let data = try? encoder.encode(stack) else { continue }
      let text = String(decoding: data, as: UTF8.self)
      for entry in entries where text.contains(entry.placeholder) {
        let message =
          "\(describe(entry.value)) is interpolated into a plain String, which cannot carry it: stack '\(stack.name)' would get the text '\(entry.placeholder)'; "
          + "interpolate it where a StringValue is expected, or build one: StringValue(\"...\\(value)...\")"
        diagnostics.append(Diagnostic(severity: .error, ruleID: "APP004", message: message, location: entry.location, stack: stack.name))
      }
    }
    return diagnostics
  }

  /// "the url of queue 'jobs'", "the Region", joined with "and".
  private static func describe(_ value: StringValue) -> String {
    let pieces = value.parts.compactMap { part -> String? in
      switch part {
      case .literal: return nil
      case .reference(let reference): return "the \(reference.attribute) of \(reference.kind.displayName) '\(reference.target)'"
      case .pseudo(.region): return "the Region"
      case .pseudo(.partition): return "the partition"
      case .pseudo(.accountID): return "the account ID"
      }
    }
    return pieces.joined(separator: " and ")
  }
}
