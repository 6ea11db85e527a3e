// Prints JSON values byte-for-byte deterministically.

import TextOutput

extension JSON {
  /// Prints JSON with two-space indentation, `": "` separators and a trailing newline.
  ///
  /// Strings keep non-ASCII text as UTF-8; quotes, backslashes and control characters
  /// are escaped; `/` is never escaped. Empty arrays and objects print as `[]` and `{}`.
  public struct Printer: Sendable {
    public init() {}

    /// Prints a whole document, ending with one newline, straight into the string's storage:
    /// `capacity` bytes are reserved up front (an estimate: text that outgrows it is moved
    /// and copied once, see `UTF8Output.string(capacity:_:)`).
    public func print(_ value: Value, capacity: Int = 4096) -> String {
      UTF8Output.string(capacity: capacity) { bytes in
        var output = Output(bytes)
        output.write(value, indent: 0)
        output.bytes.append(0x0A)
        return output.bytes
      }
    }

    /// Prints a value on one line with no spaces (for embedding JSON in other text).
    public func printCompact(_ value: Value) -> String {
      var output = Output()
      output.writeCompact(value)
      return output.bytes.string()
    }
  }

  /// Printed UTF-8 bytes; one `write` method per kind of value.
  struct Output: ~Copyable {
    var bytes: UTF8Output

    init() { bytes = UTF8Output() }
    init(_ bytes: consuming UTF8Output) { self.bytes = bytes }

    /// Whether `byte` may start an escape: controls, `"`, `\\`, DEL and the lead byte of U+2028/U+2029.
    @inline(__always) static func mayEscape(_ byte: UInt8) -> Bool {
      byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    mutating func append(_ text: StaticString) { bytes.append(text) }

    mutating func newline(indent: Int) {
      bytes.append(0x0A)
      bytes.append(repeating: 0x20, count: indent * 2)
    }

    mutating func write(_ value: Value, indent: Int) {
      switch value {
      case .array(let elements) where !elements.isEmpty:
        bytes.append(0x5B)  // [
        for index in elements.indices {
          if index > 0 { bytes.append(0x2C) }
          newline(indent: indent + 1)
          write(elements[index], indent: indent + 1)
        }
        newline(indent: indent)
        bytes.append(0x5D)
      case .object(let members) where !members.isEmpty:
        bytes.append(0x7B)  // {
        for index in members.indices {
          if index > 0 { bytes.append(0x2C) }
          newline(indent: indent + 1)
          writeString(members[index].key)
          append(": ")
          write(members[index].value, indent: indent + 1)
        }
        newline(indent: indent)
        bytes.append(0x7D)
      default:
        writeCompact(value)
      }
    }

    mutating func writeCompact(_ value: Value) {
      switch value {
      case .string(let text): writeString(text)
      case .int(let number): bytes.append(String(number))
      case .double(let number): bytes.append(JSON.formatDouble(number))
      case .bool(let flag): flag ? append("true") : append("false")
      case .null: append("null")
      case .array(let elements):
        bytes.append(0x5B)
        for index in elements.indices {
          if index > 0 { bytes.append(0x2C) }
          writeCompact(elements[index])
        }
        bytes.append(0x5D)
      case .object(let members):
        bytes.append(0x7B)
        for index in members.indices {
          if index > 0 { bytes.append(0x2C) }
          writeString(members[index].key)
          bytes.append(0x3A)
          writeCompact(members[index].value)
        }
        bytes.append(0x7D)
      }
    }

    /// Writes `text` as a quoted JSON string: quotes, backslashes, control characters and the
    /// line and paragraph separators (U+2028, U+2029) escaped; all other text as UTF-8.
    mutating func writeString(_ text: String) {
      bytes.append(0x22)
      var text = text
      text.withUTF8 { utf8 in
        var copied = 0  // bytes of utf8 before this index are written
        while let index = UTF8Output.firstFlagged(utf8, from: copied, Self.mayEscape) {
          let byte = utf8[index]
          let escape: StaticString?
          var escapedLength = 1
          switch byte {
          case 0x22: escape = "\\\""
          case 0x5C: escape = "\\\\"
          case 0x0A: escape = "\\n"
          case 0x0D: escape = "\\r"
          case 0x09: escape = "\\t"
          case 0x08: escape = "\\b"
          case 0x0C: escape = "\\f"
          case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
            escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            escapedLength = 3
          default:
            escape = byte < 0x20 || byte == 0x7F ? "" : nil
          }
          guard let escape else {  // a lead byte 0xE2 of other text: written as it is
            bytes.append(UnsafeBufferPointer(rebasing: utf8[copied...index]))
            copied = index + 1
            continue
          }
          bytes.append(UnsafeBufferPointer(rebasing: utf8[copied..<index]))
          if escape.utf8CodeUnitCount > 0 {
            append(escape)
          } else {
            append("\\u00")
            bytes.append(JSON.hexDigit(byte >> 4))
            bytes.append(JSON.hexDigit(byte & 0x0F))
          }
          copied = index + escapedLength
        }
        bytes.append(UnsafeBufferPointer(rebasing: utf8[copied..<utf8.count]))
      }
      bytes.append(0x22)
    }
  }

  /// The lowercase hexadecimal digit of `value` (0-15), as an ASCII byte.
  static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }

  /// Formats a double as integral text when it is whole, else its shortest round-trip form.
  static func formatDouble(_ number: Double) -> String {
    if number.isFinite, abs(number) < 1e15, Double(Int(number)) == number { return String(Int(number)) }
    return number.isFinite ? "\(number)" : "null"
  }
}
