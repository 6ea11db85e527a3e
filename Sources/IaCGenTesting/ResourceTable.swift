// What the CloudFormation and Terraform templates share: resources by type, matched against
// patterns, with failures that list every mismatch with its path.

import XCTest

/// One resource of a template: its name, its type, the value matched and where it sits.
struct TemplateResource {
  /// The logical ID (CloudFormation) or the resource name (Terraform).
  var name: String
  var type: String
  var value: TemplateValue
  /// The JSON pointer of `value` in the template (`/Resources/OrdersQueue/Properties`).
  var path: String
}

/// The resources of one template, in template order.
struct ResourceTable {
  var resources: [TemplateResource]
  /// "AWS::SQS::Queue" or "aws_sqs_queue", for messages.
  var formatName: String

  func ofType(_ type: String) -> [TemplateResource] { resources.filter { $0.type == type } }

  /// The names of resources of `type` whose value matches `match`, and records the captures
  /// of the first one.
  func find(_ type: String, matching match: Match) -> [String] {
    var names: [String] = []
    for resource in ofType(type) {
      let result = match.match(resource.value, at: resource.path)
      if result.matched {
        if names.isEmpty { result.commit() }
        names.append(resource.name)
      }
    }
    return names
  }

  /// Fails at the caller's line unless a resource of `type` matches; the message lists every
  /// mismatch of the closest candidate with its path.
  func assertHas(_ type: String, _ match: Match, what: String, file: StaticString, line: UInt) {
    let candidates = ofType(type)
    guard !candidates.isEmpty else {
      let types = Set(resources.map(\.type)).sorted()
      XCTFail("no \(type) in the \(formatName) (it has \(types.isEmpty ? "no resources" : types.joined(separator: ", ")))", file: file, line: line)
      return
    }
    var closest: (resource: TemplateResource, result: MatchResult)?
    for resource in candidates {
      let result = match.match(resource.value, at: resource.path)
      if result.matched {
        result.commit()
        return
      }
      if closest == nil || Self.isCloser(result, than: closest!.result) { closest = (resource, result) }
    }
    guard let closest else { return }
    let others = candidates.count > 1 ? " (the closest of \(candidates.count))" : ""
    XCTFail(
      "no \(type) has \(what) matching; \(closest.resource.name)\(others) differs:\n"
        + closest.result.mismatches.map { "  " + $0 }.joined(separator: "\n"),
      file: file, line: line)
  }

  /// Fewer mismatches are closer; for as many, deeper ones (the rest of the path matched).
  static func isCloser(_ a: MatchResult, than b: MatchResult) -> Bool {
    if a.mismatches.count != b.mismatches.count { return a.mismatches.count < b.mismatches.count }
    func depth(_ result: MatchResult) -> Int {
      result.mismatches.reduce(0) { $0 + $1.prefix { $0 != ":" }.filter { $0 == "/" }.count }
    }
    return depth(a) > depth(b)
  }

  func assertCount(_ type: String, _ expected: Int, file: StaticString, line: UInt) {
    let found = ofType(type)
    if found.count != expected {
      XCTFail(
        "expected \(expected) \(type), found \(found.count)" + (found.isEmpty ? "" : ": " + found.map(\.name).joined(separator: ", ")),
        file: file, line: line)
    }
  }
}

/// Fails at the caller's line unless `value` (at `path`) matches.
func assertMatches(_ value: TemplateValue?, _ match: Match, at path: String, what: String, file: StaticString, line: UInt) {
  let result = match.match(value, at: path)
  if result.matched {
    result.commit()
  } else {
    XCTFail("\(what) differs:\n" + result.mismatches.map { "  " + $0 }.joined(separator: "\n"), file: file, line: line)
  }
}
