// The identifier a user gives a resource, and the names derived from it.

/// A resource's identifier within its stack, such as `"primary-queue"`.
///
/// Letters, digits, `-` and `_`, starting with a letter. Terraform labels use its snake_case
/// form (`primary_queue`); CloudFormation logical IDs its PascalCase form (`PrimaryQueue`).
public struct ResourceID: Hashable, Comparable, Codable, Sendable, ExpressibleByStringInterpolation,
  CustomStringConvertible
{
  public var rawValue: String { didSet { fingerprint = fnv1a(rawValue) } }
  /// A hash of the ID's bytes, worked out once: IDs are looked up in dictionaries everywhere
  /// (each resource's references, the model index), and hashing it is cheaper than hashing
  /// the text each time. Two IDs are equal when their text is, byte for byte (text that
  /// only normalizes to the same, such as a decomposed accent, is another ID), and they sort
  /// by their bytes.
  private var fingerprint: UInt64

  public init(_ rawValue: String) {
    self.rawValue = rawValue
    fingerprint = fnv1a(rawValue)
  }
  public init(stringLiteral value: String) { self.init(value) }
  public init(stringInterpolation: DefaultStringInterpolation) { self.init(String(stringInterpolation: stringInterpolation)) }
  public var description: String { rawValue }
  /// Byte order (code point order), consistent with equality; for ASCII, as `String`'s `<`.
  public static func < (lhs: ResourceID, rhs: ResourceID) -> Bool { lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8) }

  public static func == (lhs: ResourceID, rhs: ResourceID) -> Bool {
    lhs.fingerprint == rhs.fingerprint && lhs.rawValue == rhs.rawValue
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

  private enum CodingKeys: String, CodingKey { case rawValue }

  public init(from decoder: any Decoder) throws {
    self.init(try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .rawValue))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rawValue, forKey: .rawValue)
  }

  /// Whether the identifier has the allowed shape.
  public var isValid: Bool {
    // Every allowed character is ASCII, so a valid ID has as many bytes as characters.
    guard let first = rawValue.unicodeScalars.first, isLetter(first), rawValue.utf8.count <= 64 else { return false }
    return rawValue.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "-" || $0 == "_" }
  }

  /// The Terraform label: words joined by `_`, lower case.
  public var terraformName: String {
    // ASCII (every valid ID): one pass over the bytes, the same words as `words`, written
    // into a buffer on the stack (a string made with room for the worst case, twice the
    // length, would be stored on the heap even when the name fits in a small string).
    var isASCII = true
    var raw = rawValue
    let name = raw.withUTF8 { utf8 in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count * 2) { buffer in
        var count = 0
        var separate = false
        var previous: UInt8 = 0
        for byte in utf8 {
          guard byte < 0x80 else {
            isASCII = false
            return ""
          }
          if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
            separate = true
          } else {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if isUpper && ((previous >= 0x61 && previous <= 0x7A) || (previous >= 0x30 && previous <= 0x39)) { separate = true }
            if separate && count > 0 {
              buffer[count] = UInt8(ascii: "_")
              count += 1
            }
            separate = false
            buffer[count] = isUpper ? byte + 0x20 : byte
            count += 1
          }
          previous = byte
        }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
      }
    }
    return isASCII ? name : words.map { $0.lowercased() }.joined(separator: "_")
  }

  /// The CloudFormation logical ID: words capitalized and joined.
  public var logicalID: String {
    // ASCII: drop separators and capitalize the letter that starts each word.
    var isASCII = true
    var raw = rawValue
    let name = raw.withUTF8 { utf8 in
      String(unsafeUninitializedCapacity: utf8.count) { buffer in
        var count = 0
        var startsWord = true
        for byte in utf8 {
          guard byte < 0x80 else {
            isASCII = false
            return 0
          }
          if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
            startsWord = true
            continue
          }
          buffer[count] = startsWord && byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
          count += 1
          startsWord = false
        }
        return count
      }
    }
    return isASCII ? name : words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

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
