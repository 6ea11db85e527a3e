// Escaping of literal text inside HCL quoted templates, and identifier checks.

extension HCL {
  /// Escapes `text` so that, inside double quotes, HCL reads it back exactly.
  ///
  /// Quotes, backslashes and control characters get backslash escapes; `${` and `%{`
  /// are doubled to `$${` and `%%{` so they never start an interpolation or directive.
  public static func escapeLiteral(_ text: String) -> String {
    // Most literals need no escape: ASCII without quotes, backslashes, controls, `${` or `%{`.
    if !text.utf8.contains(where: mayNeedEscape) { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "$" where next == "{": out += "$$"
      case "%" where next == "{": out += "%%"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029
        {
          out += unicodeEscape(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
      index += 1
    }
    return out
  }

  /// Whether `byte` may need an escape inside quotes: controls, `"`, `\\`, `{` (of `${`
  /// and `%{`), DEL and non-ASCII. Text without such bytes is printed as it is.
  @inline(__always) static func mayNeedEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x7F || byte == 0x7B
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Whether `name` can be printed bare as an HCL identifier (object key, attribute name):
  /// an ASCII letter or `_`, then letters, digits, `_` and `-`, and not a keyword.
  public static func isIdentifier(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { bytes in
      guard let first = bytes.first, isLetter(first) || first == 0x5F else { return false }
      for byte in bytes where !(isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2D) {
        return false
      }
      // Keywords are 2-5 bytes and start with t, f, n or i; compared packed into an integer.
      guard bytes.count >= 2, bytes.count <= 5, first == 0x74 || first == 0x66 || first == 0x6E || first == 0x69 else { return true }
      return !keywords.contains(packed(bytes))
    }
  }

  /// Up to eight bytes as one integer, the first in the highest byte used.
  private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// Whether `byte` is an ASCII letter (`A`-`Z` and `a`-`z` differ only in bit 0x20).
  @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  private static let keywords: [UInt64] = ["true", "false", "null", "for", "in", "if"].map { keyword in
    var keyword = keyword
    return keyword.withUTF8(packed)
  }
}
