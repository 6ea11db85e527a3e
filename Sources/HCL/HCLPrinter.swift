// Prints an HCL syntax tree in the canonical layout `terraform fmt` produces.

import TextOutput

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
      return writer.bytes.string()
    }

    /// Prints one expression on its own, at indentation zero (for tests and messages).
    public func print(_ expression: Expression) -> String {
      var writer = Writer()
      writer.writeExpression(expression, indent: 0)
      return writer.bytes.string()
    }
  }
}

/// Accumulates printed UTF-8 bytes; one `write` method per syntax node kind.
private struct Writer: ~Copyable {
  var bytes = UTF8Output()

  mutating func append(_ text: StaticString) { bytes.append(text) }
  mutating func append(_ text: String) { bytes.append(text) }
  mutating func append(_ text: Substring) { bytes.append(text) }
  mutating func pad(_ indent: Int) { spaces(indent * 2) }
  mutating func spaces(_ count: Int) { bytes.append(repeating: 0x20, count: count) }

  /// A body's lines: attributes aligned in groups, blocks, blank lines and comments.
  mutating func writeBody(_ body: HCL.Body, indent: Int) {
    let items = body.items
    var group = AlignmentGroup()
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
        let key = Key(attribute.name, multiline: isMultiline(attribute.value))
        let width = key.isMultiline ? key.width : group.width(at: index, count: items.count) { position in
          guard case .attribute(let other) = items[position] else { return nil }
          return Key(other.name, multiline: isMultiline(other.value))
        }
        writeKeyed(key, attribute.value, width: width, indent: indent)
      }
    }
  }

  /// The items of a multi-line object constructor, aligned like attributes.
  mutating func writeObjectItems(_ items: [(key: String, value: HCL.Expression)], indent: Int) {
    var group = AlignmentGroup()
    for index in items.indices {
      let key = Key(items[index].key, multiline: isMultiline(items[index].value))
      let width = key.isMultiline ? key.width : group.width(at: index, count: items.count) { position in
        Key(items[position].key, multiline: isMultiline(items[position].value))
      }
      writeKeyed(key, items[index].value, width: width, indent: indent)
    }
  }

  /// `key = value` on its own line, the `=` one column past `width` (its group's widest key).
  mutating func writeKeyed(_ key: Key, _ value: HCL.Expression, width: Int, indent: Int) {
    pad(indent)
    if key.isIdentifier {
      append(key.name)
    } else {
      bytes.append(0x22)
      writeLiteral(key.name)
      bytes.append(0x22)
    }
    spaces(width - key.width + 1)
    append("= ")
    writeExpression(value, indent: indent)
    bytes.append(0x0A)
  }

  /// The run of consecutive single-line keyed lines being written (anything else ends a run):
  /// their `=` align one column past the run's widest key, as hclwrite's `formatCells` does.
  struct AlignmentGroup {
    private var end = 0
    private var widest = 0

    /// The widest key of the run that holds line `index`, measured when the run starts.
    mutating func width(at index: Int, count: Int, key: (Int) -> Key?) -> Int {
      if index >= end {
        widest = 0
        end = index
        while end < count, let next = key(end), !next.isMultiline {
          widest = max(widest, next.width)
          end += 1
        }
      }
      return widest
    }
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

  func isMultiline(_ expression: HCL.Expression) -> Bool {
    switch expression {
    case .object(let items): return !items.isEmpty
    case .tuple(let elements): return elements.contains { isMultiline($0) }
    case .call(_, let arguments): return arguments.contains { isMultiline($0) }
    case .index(let collection, _): return isMultiline(collection)
    case .attribute(let value, _): return isMultiline(value)
    case .string, .template, .number, .bool, .null, .traversal, .forExpression: return false
    }
  }

  /// Writes literal text for inside double quotes (see `HCL.escapeLiteral`).
  mutating func writeLiteral(_ text: String) {
    var text = text
    let plain = text.withUTF8 { utf8 in
      guard UTF8Output.firstFlagged(utf8, HCL.mayNeedEscape) == nil else { return false }
      bytes.append(utf8)
      return true
    }
    if !plain { append(HCL.escapeLiteral(text)) }
  }

  /// Writes an expression starting at the current column; continuation lines use `indent`.
  mutating func writeExpression(_ expression: HCL.Expression, indent: Int) {
    switch expression {
    case .string(let text):
      bytes.append(0x22)
      writeLiteral(text)
      bytes.append(0x22)
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
