// Prints JSON values byte-for-byte deterministically.

extension JSON {
  /// Prints JSON with two-space indentation, `": "` separators and a trailing newline.
  ///
  /// Strings keep non-ASCII text as UTF-8; quotes, backslashes and control characters
  /// are escaped; `/` is never escaped. Empty arrays and objects print as `[]` and `{}`.
  public struct Printer: Sendable {
    public init() {}

    /// Prints a whole document, ending with one newline.
    public func print(_ value: Value) -> String {
      var output = ""
      write(value, indent: 0, into: &output)
      output += "\n"
      return output
    }

    /// Prints a value on one line with no spaces (for embedding JSON in other text).
    public func printCompact(_ value: Value) -> String {
      var output = ""
      writeCompact(value, into: &output)
      return output
    }

    private func write(_ value: Value, indent: Int, into output: inout String) {
      switch value {
      case .array(let elements) where !elements.isEmpty:
        output += "[\n"
        for (index, element) in elements.enumerated() {
          output += JSON.indentation(indent + 1)
          write(element, indent: indent + 1, into: &output)
          output += index + 1 < elements.count ? ",\n" : "\n"
        }
        output += JSON.indentation(indent)
        output += "]"
      case .object(let members) where !members.isEmpty:
        output += "{\n"
        for (index, member) in members.enumerated() {
          output += JSON.indentation(indent + 1)
          JSON.writeString(member.key, into: &output)
          output += ": "
          write(member.value, indent: indent + 1, into: &output)
          output += index + 1 < members.count ? ",\n" : "\n"
        }
        output += JSON.indentation(indent)
        output += "}"
      default:
        writeCompact(value, into: &output)
      }
    }

    private func writeCompact(_ value: Value, into output: inout String) {
      switch value {
      case .string(let text): JSON.writeString(text, into: &output)
      case .int(let number): output += String(number)
      case .double(let number): output += JSON.formatDouble(number)
      case .bool(let flag): output += flag ? "true" : "false"
      case .null: output += "null"
      case .array(let elements):
        output += "["
        for (index, element) in elements.enumerated() {
          if index > 0 { output += "," }
          writeCompact(element, into: &output)
        }
        output += "]"
      case .object(let members):
        output += "{"
        for (index, member) in members.enumerated() {
          if index > 0 { output += "," }
          JSON.writeString(member.key, into: &output)
          output += ":"
          writeCompact(member.value, into: &output)
        }
        output += "}"
      }
    }
  }

  /// Writes `text` as a quoted JSON string.
  static func writeString(_ text: String, into output: inout String) {
    output += "\""
    // Most strings need no escape: append them whole.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16, uppercase: false)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  /// Two spaces per level; the common depths are built once.
  static func indentation(_ level: Int) -> String {
    level < indentations.count ? indentations[level] : String(repeating: "  ", count: level)
  }
  private static let indentations = (0..<16).map { String(repeating: "  ", count: $0) }

  /// Formats a double as integral text when it is whole, else its shortest round-trip form.
  static func formatDouble(_ number: Double) -> String {
    if number.isFinite, abs(number) < 1e15, Double(Int(number)) == number { return String(Int(number)) }
    return number.isFinite ? "\(number)" : "null"
  }
}
