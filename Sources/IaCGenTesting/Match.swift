// Matchers for template values: partial by default, with exact, array, absent, any, pattern
// and capture matchers.

import Foundation

/// A pattern a template value is matched against.
///
/// Literals match equal values; a dictionary literal matches objects partially (members it
/// names must match, others are ignored), and so do the objects nested in it:
///
/// ```swift
/// template.assertHasResourceProperties("AWS::SQS::Queue", [
///   "VisibilityTimeout": 180,
///   "RedrivePolicy": ["maxReceiveCount": 3],
///   "KmsMasterKeyId": .absent,
///   "QueueName": .stringLike("^orders"),
/// ])
/// ```
public struct Match: Sendable {
  indirect enum Kind: Sendable {
    case literal(TemplateValue)
    case objectLike([(key: String, match: Match)])
    case objectEquals([(key: String, match: Match)])
    case arrayEquals([Match])
    case arrayWith([Match])
    case anyValue
    case absent
    case stringLike(String)
    case capture(Capture, Match)
  }
  let kind: Kind
  init(_ kind: Kind) { self.kind = kind }

  /// Any value, as long as there is one.
  public static let anyValue = Match(.anyValue)
  /// No value: the member is not there.
  public static let absent = Match(.absent)
  /// Exactly `value`: objects must have the same members, nested ones too.
  public static func exact(_ value: TemplateValue) -> Match { Match(.literal(value)) }
  /// An object with at least these members, each matching (the default for dictionary literals).
  public static func objectLike(_ members: KeyValuePairs<String, Match>) -> Match { Match(.objectLike(members.map { ($0.key, $0.value) })) }
  /// An object with exactly these members, each matching; nested dictionary literals are exact too.
  public static func objectEquals(_ members: KeyValuePairs<String, Match>) -> Match { Match(.objectEquals(members.map { ($0.key, $0.value) })) }
  /// An array holding elements matching `patterns`, in this order, possibly with others between.
  public static func arrayWith(_ patterns: [Match]) -> Match { Match(.arrayWith(patterns)) }
  /// A string matching the regular expression `pattern`.
  public static func stringLike(_ pattern: String) -> Match { Match(.stringLike(pattern)) }
  /// Any value matching `match` (anything by default), recorded in `capture` when the whole
  /// assertion matches.
  public static func capture(_ capture: Capture, _ match: Match = .anyValue) -> Match { Match(.capture(capture, match)) }
}

extension Match: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self.init(.literal(.string(value))) }
  public init(integerLiteral value: Int) { self.init(.literal(.number(Double(value)))) }
  public init(floatLiteral value: Double) { self.init(.literal(.number(value))) }
  public init(booleanLiteral value: Bool) { self.init(.literal(.bool(value))) }
  public init(nilLiteral: ()) { self.init(.literal(.null)) }
  /// An array of exactly these elements, each matching.
  public init(arrayLiteral elements: Match...) { self.init(.arrayEquals(elements)) }
  /// An object with at least these members, each matching.
  public init(dictionaryLiteral elements: (String, Match)...) { self.init(.objectLike(elements.map { ($0.0, $0.1) })) }
}

/// Values a `.capture` matcher recorded, in the order matched.
///
/// ```swift
/// let queueArn = Capture()
/// template.assertHasResourceProperties("AWS::Lambda::EventSourceMapping", ["EventSourceArn": .capture(queueArn)])
/// XCTAssertEqual(queueArn.value, .object([.init("Fn::GetAtt", .array([.string("OrdersQueue"), .string("Arn")]))]))
/// ```
public final class Capture: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [TemplateValue] = []
  public init() {}
  /// Every value recorded.
  public var values: [TemplateValue] { lock.withLock { recorded } }
  /// The first value recorded.
  public var value: TemplateValue? { values.first }
  /// The first value recorded, if it is a string.
  public var string: String? { value?.stringValue }
  func record(_ value: TemplateValue) { lock.withLock { recorded.append(value) } }
}

/// The outcome of matching one value: what differed (with paths), and the captures to keep
/// if nothing did.
struct MatchResult {
  var mismatches: [String] = []
  var captures: [(Capture, TemplateValue)] = []
  var matched: Bool { mismatches.isEmpty }

  /// Records the captures; call only for the match an assertion accepts.
  func commit() { for (capture, value) in captures { capture.record(value) } }
}

extension Match {
  /// Matches `value` (nil when absent) at `path`, a JSON pointer such as `/Resources/Queue/Properties`.
  func match(_ value: TemplateValue?, at path: String) -> MatchResult {
    var result = MatchResult()
    func fail(_ text: String) { result.mismatches.append("\(path): \(text)") }
    func found() -> String { value.map { "found \($0)" } ?? "it is absent" }
    switch kind {
    case .anyValue:
      if value == nil { fail("expected any value, \(found())") }
    case .absent:
      if let value { fail("expected it to be absent, found \(value)") }
    case .capture(let capture, let inner):
      result = inner.match(value, at: path)
      if result.matched, let value { result.captures.append((capture, value)) }
    case .literal(let expected):
      guard let value else { fail("expected \(expected), \(found())"); break }
      if value != expected { fail("expected \(expected), \(found())") }
    case .stringLike(let pattern):
      guard case .string(let text)? = value else { fail("expected a string like /\(pattern)/, \(found())"); break }
      if text.range(of: pattern, options: .regularExpression) == nil { fail("expected a string like /\(pattern)/, found \(quoted(text))") }
    case .objectLike(let members), .objectEquals(let members):
      guard case .object(let actual)? = value else { fail("expected an object, \(found())"); break }
      for (key, match) in members {
        let inner = match.partial(isObjectLike).match(actual.first { $0.key == key }?.value, at: path + "/" + escape(key))
        result.mismatches += inner.mismatches
        result.captures += inner.captures
      }
      if case .objectEquals = kind {
        for member in actual where !members.contains(where: { $0.key == member.key }) {
          result.mismatches.append("\(path)/\(escape(member.key)): expected no such member, found \(member.value)")
        }
      }
    case .arrayEquals(let patterns):
      guard case .array(let elements)? = value else { fail("expected an array, \(found())"); break }
      if elements.count != patterns.count {
        fail("expected \(patterns.count) elements, found \(elements.count): \(TemplateValue.array(elements))")
        break
      }
      for (index, pattern) in patterns.enumerated() {
        let inner = pattern.match(elements[index], at: "\(path)/\(index)")
        result.mismatches += inner.mismatches
        result.captures += inner.captures
      }
    case .arrayWith(let patterns):
      guard case .array(let elements)? = value else { fail("expected an array, \(found())"); break }
      var next = 0
      for pattern in patterns {
        var hit: MatchResult?
        while next < elements.count {
          let attempt = pattern.match(elements[next], at: "\(path)/\(next)")
          next += 1
          if attempt.matched { hit = attempt; break }
        }
        guard let hit else {
          fail("expected an array with an element matching \(pattern), in order, found \(TemplateValue.array(elements))")
          break
        }
        result.captures += hit.captures
      }
    }
    return result
  }

  private var isObjectLike: Bool {
    if case .objectLike = kind { return true }
    return false
  }

  /// Nested dictionary literals of a partial match stay partial; of an exact one, exact.
  private func partial(_ partial: Bool) -> Match {
    if !partial, case .objectLike(let members) = kind { return Match(.objectEquals(members)) }
    return self
  }
}

extension Match: CustomStringConvertible {
  /// The pattern as failure messages print it.
  public var description: String {
    switch kind {
    case .literal(let value): return value.description
    case .objectLike(let members): return "{" + members.map { quoted($0.key) + ":" + $0.match.description }.joined(separator: ",") + ", ...}"
    case .objectEquals(let members): return "{" + members.map { quoted($0.key) + ":" + $0.match.description }.joined(separator: ",") + "}"
    case .arrayEquals(let patterns): return "[" + patterns.map(\.description).joined(separator: ",") + "]"
    case .arrayWith(let patterns): return "[..." + patterns.map(\.description).joined(separator: ",...") + "...]"
    case .anyValue: return "any value"
    case .absent: return "absent"
    case .stringLike(let pattern): return "/\(pattern)/"
    case .capture(_, let inner): return inner.description
    }
  }
}

/// A JSON pointer segment: `~` and `/` escaped.
func escape(_ key: String) -> String {
  key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
}
