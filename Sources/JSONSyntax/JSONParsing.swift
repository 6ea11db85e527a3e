// Parsing JSON text into a `JSON.Value`, keeping member order.

/// Why JSON text could not be read.
public struct JSONParseError: Error, CustomStringConvertible {
  public var offset: Int
  public var reason: String
  public var description: String { "invalid JSON at byte \(offset): \(reason)" }
}

extension JSON.Value {
  /// Parses JSON text, objects keeping their members in text order; integral numbers without
  /// a fraction or exponent become `.int`.
  public init(parsing text: String) throws {
    var parser = JSONReader(bytes: Array(text.utf8))
    self = try parser.value()
    parser.skipWhitespace()
    guard parser.position == parser.bytes.count else { throw parser.error("trailing characters") }
  }
}

/// A recursive-descent JSON reader over UTF-8 bytes.
private struct JSONReader {
  let bytes: [UInt8]
  var position = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  func error(_ reason: String) -> JSONParseError { JSONParseError(offset: position, reason: reason) }

  mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
  }

  mutating func expect(_ literal: String) throws {
    for byte in literal.utf8 {
      guard position < bytes.count, bytes[position] == byte else { throw error("expected \(literal)") }
      position += 1
    }
  }

  mutating func value() throws -> JSON.Value {
    skipWhitespace()
    guard position < bytes.count else { throw error("unexpected end") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try expect("true"); return .bool(true)
    case UInt8(ascii: "f"): try expect("false"); return .bool(false)
    case UInt8(ascii: "n"): try expect("null"); return .null
    default: return try number()
    }
  }

  mutating func object() throws -> JSON.Value {
    position += 1
    var members: [JSON.Member] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
    while true {
      skipWhitespace()
      let key = try string()
      skipWhitespace()
      try expect(":")
      members.append(.init(key, try value()))
      skipWhitespace()
      guard position < bytes.count else { throw error("unterminated object") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      try expect("}")
      return .object(members)
    }
  }

  mutating func array() throws -> JSON.Value {
    position += 1
    var elements: [JSON.Value] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
    while true {
      elements.append(try value())
      skipWhitespace()
      guard position < bytes.count else { throw error("unterminated array") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      try expect("]")
      return .array(elements)
    }
  }

  mutating func string() throws -> String {
    try expect("\"")
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
      run.removeAll()
    }
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush()
        guard position < bytes.count else { throw error("unterminated escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code) {
            try expect("\\u")
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { throw error("invalid code point") }
          scalars.append(scalar)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(escape))
        default: throw error("invalid escape")
        }
      default:
        run.append(byte)
      }
    }
    throw error("unterminated string")
  }

  mutating func hex4() throws -> UInt32 {
    guard position + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
      throw error("invalid \\u escape")
    }
    position += 4
    return code
  }

  mutating func number() throws -> JSON.Value {
    let start = position
    while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if let integer = Int(text) { return .int(integer) }
    guard let number = Double(text) else { throw error("invalid number") }
    return .double(number)
  }
}
