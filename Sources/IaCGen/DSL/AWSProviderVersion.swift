// The Terraform AWS provider version the generated configuration asks for.

/// A Terraform version constraint for the `hashicorp/aws` provider, written as in a
/// `required_providers` block: `"5.100.0"`, `"~> 6.20"`, `">= 6.20.0, < 7.0.0"`.
///
/// ```swift
/// App(awsProvider: "~> 6.20") { ... }
/// ```
///
/// The validator judges provider-dependent values (Lambda runtimes, Regions, CloudFront TLS
/// policies, SQS message sizes) against the lowest version the constraint admits: the one a
/// lock file may hold. The default is the version iacgen's referee tests run, 5.100.0.
public struct AWSProviderVersion: Hashable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// The constraint as written.
  public var constraint: String

  /// The version iacgen's referee tests run `terraform validate` with.
  public static let tested: AWSProviderVersion = "5.100.0"

  public init(_ constraint: String) { self.constraint = constraint }
  public init(stringLiteral constraint: String) { self.constraint = constraint }
  public var description: String { constraint }

  /// The constraint's parts (`>= 6.20.0`), or nil when one is not Terraform's syntax.
  var requirements: [VersionRequirement]? {
    let parts = constraint.split(separator: ",").map { $0.trimmingCharacters(in: " ") }
    guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
    var result: [VersionRequirement] = []
    for part in parts {
      guard let requirement = VersionRequirement(part) else { return nil }
      result.append(requirement)
    }
    return result
  }

  /// The lowest version the constraint admits; nil when it cannot be read, admits none, or
  /// has no lower bound.
  public var lowestAdmitted: ProviderVersion? {
    guard let requirements else { return nil }
    var lowest: ProviderVersion?
    for requirement in requirements {
      let bound: ProviderVersion?
      switch requirement.operation {
      case .equal, .atLeast, .pessimistic: bound = requirement.version
      case .greater: bound = requirement.version.nextPatch
      case .notEqual, .less, .atMost: bound = nil
      }
      if let bound, lowest.map({ bound > $0 }) ?? true { lowest = bound }
    }
    guard var candidate = lowest else { return nil }
    // Step past excluded versions (`!= 6.20.0`); give up on bounds that exclude everything.
    for _ in 0..<requirements.count + 1 {
      if requirements.allSatisfy({ $0.admits(candidate) }) { return candidate }
      guard requirements.contains(where: { $0.operation == .notEqual && $0.version == candidate }) else { return nil }
      candidate = candidate.nextPatch
    }
    return nil
  }
}

/// A provider version: major, minor and patch numbers.
public struct ProviderVersion: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var major: Int
  public var minor: Int
  public var patch: Int

  public init(_ major: Int, _ minor: Int, _ patch: Int) {
    self.major = major
    self.minor = minor
    self.patch = patch
  }

  /// `6`, `6.20` or `6.20.1`; missing parts are zero.
  init?(_ text: Substring) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count) else { return nil }
    var numbers: [Int] = []
    for part in parts {
      guard !part.isEmpty, part.allSatisfy(\.isASCII), let number = Int(part), number >= 0 else { return nil }
      numbers.append(number)
    }
    while numbers.count < 3 { numbers.append(0) }
    self.init(numbers[0], numbers[1], numbers[2])
  }

  var nextPatch: ProviderVersion { ProviderVersion(major, minor, patch + 1) }
  public var description: String { "\(major).\(minor).\(patch)" }
  public static func < (a: ProviderVersion, b: ProviderVersion) -> Bool {
    (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
  }
}

/// One part of a version constraint: an operator and a version.
struct VersionRequirement: Hashable, Sendable {
  enum Operation: String, CaseIterable { case equal = "=", notEqual = "!=", greater = ">", atLeast = ">=", less = "<", atMost = "<=", pessimistic = "~>" }
  var operation: Operation
  var version: ProviderVersion
  /// How many parts the version was written with (`~> 6.20` allows 6.x; `~> 6.20.1` allows 6.20.x).
  var writtenParts: Int

  init?(_ text: String) {
    var rest = Substring(text)
    var operation = Operation.equal
    // Longest operators first, so that `>=` is not read as `>`.
    for candidate in Operation.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) where rest.hasPrefix(candidate.rawValue) {
      operation = candidate
      rest = rest.dropFirst(candidate.rawValue.count)
      break
    }
    rest = rest.drop { $0 == " " }
    if rest.hasPrefix("v") { return nil }
    guard let version = ProviderVersion(rest) else { return nil }
    self.operation = operation
    self.version = version
    self.writtenParts = rest.split(separator: ".").count
  }

  /// Whether `candidate` satisfies this part.
  func admits(_ candidate: ProviderVersion) -> Bool {
    switch operation {
    case .equal: return candidate == version
    case .notEqual: return candidate != version
    case .greater: return candidate > version
    case .atLeast: return candidate >= version
    case .less: return candidate < version
    case .atMost: return candidate <= version
    case .pessimistic:
      guard candidate >= version else { return false }
      return writtenParts >= 3
        ? candidate.major == version.major && candidate.minor == version.minor
        : candidate.major == version.major
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing `characters`.
  fileprivate func trimmingCharacters(in characters: Character) -> String {
    String(drop { $0 == characters }.reversed().drop { $0 == characters }.reversed())
  }
}
