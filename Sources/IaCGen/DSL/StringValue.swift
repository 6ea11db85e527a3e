// String-valued settings that may embed references to other resources.

/// Values known only at deployment: the partition, Region and account.
public enum PseudoParameter: String, Hashable, Codable, Sendable {
  case partition, region, accountID
}

/// A string setting: literal text, a reference to another resource's attribute, or both
/// interpolated (`"\(bucket.arn)/*"`).
///
/// Terraform renders it as a quoted template (or a bare reference); CloudFormation as a
/// literal, `Ref`, `Fn::GetAtt` or `Fn::Sub`.
public struct StringValue: Hashable, Codable, Sendable, ExpressibleByStringLiteral,
  ExpressibleByStringInterpolation
{
  /// One piece of the value.
  public enum Part: Hashable, Codable, Sendable {
    case literal(String)
    case reference(Reference)
    /// The partition, Region or account the stack is deployed to.
    case pseudo(PseudoParameter)
  }

  /// The partition (`aws`, `aws-cn`, `aws-us-gov`) the stack is deployed to.
  public static let partition = StringValue(parts: [.pseudo(.partition)])
  /// The Region the stack is deployed to.
  public static let region = StringValue(parts: [.pseudo(.region)])
  /// The account the stack is deployed to.
  public static let accountID = StringValue(parts: [.pseudo(.accountID)])

  public var parts: [Part]

  public init(parts: [Part]) {
    // Merge adjacent literals and drop empty ones so equal values compare equal (most
    // values are already so and keep their array).
    if Self.isMerged(parts) {
      self.parts = parts
      return
    }
    var merged: [Part] = []
    merged.reserveCapacity(parts.count)
    for part in parts {
      if case .literal(let text) = part {
        if text.isEmpty { continue }
        if case .literal(let previous)? = merged.last {
          merged[merged.count - 1] = .literal(previous + text)
          continue
        }
      }
      merged.append(part)
    }
    self.parts = merged
  }

  /// Whether `parts` has no empty literal and no two literals in a row.
  private static func isMerged(_ parts: [Part]) -> Bool {
    var previousIsLiteral = false
    for part in parts {
      guard case .literal(let text) = part else {
        previousIsLiteral = false
        continue
      }
      if previousIsLiteral || text.isEmpty { return false }
      previousIsLiteral = true
    }
    return true
  }

  public init(_ literal: String) { self.init(parts: [.literal(literal)]) }
  public init(stringLiteral value: String) { self.init(parts: [.literal(value)]) }
  public init(stringInterpolation: Interpolation) { self.init(parts: stringInterpolation.parts) }

  /// A value that is exactly one reference.
  public static func reference(_ reference: Reference) -> StringValue { StringValue(parts: [.reference(reference)]) }

  /// The text when the value has no references.
  public var literal: String? {
    if parts.isEmpty { return "" }
    if parts.count == 1, case .literal(let text) = parts[0] { return text }
    return nil
  }

  /// The references this value makes.
  public var references: [Reference] {
    parts.compactMap { if case .reference(let r) = $0 { return r } else { return nil } }
  }

  /// The number of UTF-8 bytes of the literal parts (references count as zero).
  public var literalByteCount: Int {
    parts.reduce(0) { total, part in
      if case .literal(let text) = part { return total + text.utf8.count }
      return total
    }
  }

  /// Builds values from string interpolations that mix text and references.
  public struct Interpolation: StringInterpolationProtocol {
    var parts: [Part] = []
    public init(literalCapacity: Int, interpolationCount: Int) { parts.reserveCapacity(2 * interpolationCount + 1) }
    public mutating func appendLiteral(_ literal: String) { parts.append(.literal(literal)) }
    public mutating func appendInterpolation(_ value: StringValue) { parts.append(contentsOf: value.parts) }
    public mutating func appendInterpolation(_ value: String) { parts.append(.literal(value)) }
    public mutating func appendInterpolation(_ value: Int) { parts.append(.literal(String(value))) }
  }
}
