// Prints an HCL syntax tree in the canonical layout `terraform fmt` produces.

extension HCL {
  /// Prints syntax trees so that `terraform fmt` finds nothing to change.
  ///
  /// Two-space indentation; the `=` of consecutive single-line attributes (or object
  /// items) aligned one column past the longest name, as hclwrite's `formatCells` does;
  /// a multi-line value, a block or a blank line ends an alignment group.
  public struct Printer: Sendable {
    public init() {}

    /// Prints a whole file, ending with one newline.
    public func print(_ file: File) -> String {
      var writer = Writer()
      writer.writeBody(file.body, indent: 0)
      return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Prints one expression on its own, at indentation zero (for tests and messages).
    public func print(_ expression: Expression) -> String {
      var writer = Writer()
      writer.writeExpression(expression, indent: 0)
      return String(decoding: writer.bytes, as: UTF8.self)
    }
  }
}

/// Accumulates printed UTF-8 bytes; one `write` method per syntax node kind.
private struct Writer {
  var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(4096) }

  mutating func append(_ text: StaticString) { text.withUTF8Buffer { bytes.append(contentsOf: $0) } }
  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
  mutating func append(_ text: Substring) { bytes.append(contentsOf: text.utf8) }
  mutating func pad(_ indent: Int) { bytes.append(contentsOf: repeatElement(0x20, count: indent * 2)) }

  /// A body's lines: attributes aligned in groups, blocks, blank lines and comments.
  mutating func writeBody(_ body: HCL.Body, indent: Int) {
    let items = body.items
    let keys = items.map { item -> Key? in
      guard case .attribute(let attribute) = item else { return nil }
      return Key(attribute.name, multiline: isMultiline(attribute.value))
    }
    let widths = alignmentWidths(keys)
    for index in items.indices {
      switch items[index] {
      case .blankLine:
        bytes.append(0x0A)
      case .comment(let text):
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          pad(indent)
          append("# ")
          append(line)
          bytes.append(0x0A)
        }
      case .block(let block):
        pad(indent)
        append(block.type)
        for label in block.labels {
          append(" \"")
          writeLiteral(label)
          bytes.append(0x22)
        }
        append(" {\n")
        writeBody(block.body, indent: indent + 1)
        pad(indent)
        append("}\n")
      case .attribute(let attribute):
        writeKeyed(keys[index]!, attribute.value, width: widths[index], indent: indent)
      }
    }
  }

  /// The items of a multi-line object constructor, aligned like attributes.
  mutating func writeObjectItems(_ items: [(key: String, value: HCL.Expression)], indent: Int) {
    let keys = items.map { Key($0.key, multiline: isMultiline($0.value)) as Key? }
    let widths = alignmentWidths(keys)
    for index in items.indices {
      writeKeyed(keys[index]!, items[index].value, width: widths[index], indent: indent)
    }
  }

  /// `key = value` on its own line, the `=` one column past `width` (its group's widest key).
  mutating func writeKeyed(_ key: Key, _ value: HCL.Expression, width: Int?, indent: Int) {
    pad(indent)
    if key.isIdentifier {
      append(key.name)
    } else {
      bytes.append(0x22)
      writeLiteral(key.name)
      bytes.append(0x22)
    }
    bytes.append(contentsOf: repeatElement(0x20, count: (width ?? key.width) - key.width + 1))
    append("= ")
    writeExpression(value, indent: indent)
    bytes.append(0x0A)
  }

  /// An attribute name or object key: printed bare when it is an identifier, else quoted.
  struct Key {
    var name: String
    var isIdentifier: Bool
    /// The printed width in characters, quotes included.
    var width: Int
    var isMultiline: Bool

    init(_ name: String, multiline: Bool) {
      self.name = name
      self.isIdentifier = HCL.isIdentifier(name)
      if isIdentifier {
        self.width = name.utf8.count
      } else {
        let escaped = HCL.escapeLiteral(name)
        self.width = (escaped.utf8.allSatisfy { $0 < 0x80 } ? escaped.utf8.count : escaped.count) + 2
      }
      self.isMultiline = multiline
    }
  }

  /// For each single-line key, the key width of its alignment group (a run of single-line
  /// keyed lines; anything else ends the run).
  func alignmentWidths(_ keys: [Key?]) -> [Int?] {
    var widths = [Int?](repeating: nil, count: keys.count)
    var groupStart: Int?
    var maxWidth = 0
    func close(_ end: Int) {
      if let start = groupStart { for i in start..<end { widths[i] = maxWidth } }
      groupStart = nil
      maxWidth = 0
    }
    for index in keys.indices {
      if let key = keys[index], !key.isMultiline {
        if groupStart == nil { groupStart = index }
        maxWidth = max(maxWidth, key.width)
      } else {
        close(index)
      }
    }
    close(keys.count)
    return widths
  }

  func isMultiline(_ expression: HCL.Expression) -> Bool {
    switch expression {
    case .object(let items): return !items.isEmpty
    case .tuple(let elements): return elements.contains { isMultiline($0) }
    case .call(_, let arguments): return arguments.contains { isMultiline($0) }
    case .index(let collection, _): return isMultiline(collection)
    case .attribute(let value, _): return isMultiline(value)
    case .template, .number, .bool, .null, .traversal, .forExpression: return false
    }
  }

  /// Writes literal text for inside double quotes (see `HCL.escapeLiteral`).
  mutating func writeLiteral(_ text: String) {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 < 0x7F && $0 != 0x7B }) {
      append(text)
    } else {
      append(HCL.escapeLiteral(text))
    }
  }

  /// Writes an expression starting at the current column; continuation lines use `indent`.
  mutating func writeExpression(_ expression: HCL.Expression, indent: Int) {
    switch expression {
    case .template(let parts):
      bytes.append(0x22)
      for part in parts {
        switch part {
        case .literal(let text): writeLiteral(text)
        case .interpolation(let inner):
          append("${")
          writeExpression(inner, indent: indent)
          bytes.append(0x7D)
        }
      }
      bytes.append(0x22)
    case .number(let text): append(text)
    case .bool(let value): value ? append("true") : append("false")
    case .null: append("null")
    case .traversal(let names):
      for index in names.indices {
        if index > 0 { bytes.append(0x2E) }
        append(names[index])
      }
    case .object(let items):
      if items.isEmpty {
        append("{}")
      } else {
        append("{\n")
        writeObjectItems(items, indent: indent + 1)
        pad(indent)
        bytes.append(0x7D)
      }
    case .tuple(let elements):
      if isMultiline(expression) {
        append("[\n")
        for element in elements {
          pad(indent + 1)
          writeExpression(element, indent: indent + 1)
          append(",\n")
        }
        pad(indent)
        bytes.append(0x5D)
      } else {
        bytes.append(0x5B)
        for index in elements.indices {
          if index > 0 { append(", ") }
          writeExpression(elements[index], indent: indent)
        }
        bytes.append(0x5D)
      }
    case .index(let collection, let position):
      writeExpression(collection, indent: indent)
      bytes.append(0x5B)
      append(String(position))
      bytes.append(0x5D)
    case .attribute(let value, let name):
      writeExpression(value, indent: indent)
      bytes.append(0x2E)
      append(name)
    case .forExpression(let variable, let collection, let key, let value):
      key == nil ? append("[for ") : append("{ for ")
      append(variable)
      append(" in ")
      writeExpression(collection, indent: indent)
      append(" : ")
      if let key {
        writeExpression(key, indent: indent)
        append(" => ")
      }
      writeExpression(value, indent: indent)
      key == nil ? append("]") : append(" }")
    case .call(let name, let arguments):
      append(name)
      bytes.append(0x28)
      for index in arguments.indices {
        if index > 0 { append(", ") }
        writeExpression(arguments[index], indent: indent)
      }
      bytes.append(0x29)
    }
  }
}
