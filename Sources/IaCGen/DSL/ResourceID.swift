// The identifier a user gives a resource, and the names derived from it.

/// A resource's identifier within its stack, such as `"primary-queue"`.
///
/// Letters, digits, `-` and `_`, starting with a letter. Terraform labels use its snake_case
/// form (`primary_queue`); CloudFormation logical IDs its PascalCase form (`PrimaryQueue`).
public struct ResourceID: Hashable, Comparable, Codable, Sendable, ExpressibleByStringInterpolation,
  CustomStringConvertible
{
  public var rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public init(stringInterpolation: DefaultStringInterpolation) { self.rawValue = String(stringInterpolation: stringInterpolation) }
  public var description: String { rawValue }
  public static func < (lhs: ResourceID, rhs: ResourceID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether the identifier has the allowed shape.
  public var isValid: Bool {
    guard let first = rawValue.unicodeScalars.first, isLetter(first), rawValue.count <= 64 else { return false }
    return rawValue.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "-" || $0 == "_" }
  }

  /// The Terraform label: words joined by `_`, lower case.
  public var terraformName: String { words.map { $0.lowercased() }.joined(separator: "_") }

  /// The CloudFormation logical ID: words capitalized and joined.
  public var logicalID: String { words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }

  /// A derived identifier such as `consumer-role` for `consumer`.
  public func appending(_ suffix: String) -> ResourceID { ResourceID(rawValue + "-" + suffix) }

  /// Words split at `-`, `_` and lower-to-upper case changes.
  private var words: [String] {
    var result: [String] = []
    var current = ""
    var previous: Unicode.Scalar?
    for scalar in rawValue.unicodeScalars {
      if scalar == "-" || scalar == "_" {
        if !current.isEmpty { result.append(current) }
        current = ""
      } else {
        if let previous, ("a"..."z").contains(previous) || isDigit(previous), ("A"..."Z").contains(scalar),
          !current.isEmpty
        {
          result.append(current)
          current = ""
        }
        current.unicodeScalars.append(scalar)
      }
      previous = scalar
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  private func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
  private func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
