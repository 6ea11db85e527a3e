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

    /// Prints a whole file, ending with one newline, straight into the string's storage:
    /// `capacity` bytes are reserved up front (an estimate: text that outgrows it is moved
    /// and copied once, see `UTF8Output.string(capacity:_:)`).
    public func print(_ file: File, capacity: Int = 4096) -> String {
      UTF8Output.string(capacity: capacity) { output in
        var writer = Writer(output)
        writer.writeBody(file.body, indent: 0)
        return writer.bytes
      }
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
  var bytes: UTF8Output
  /// The layout of the keyed lines being written: a stack, each body or object pushing its
  /// lines' and popping them when written (nested values push above their parent's).
  var layout: [KeyLayout] = []

  init() { bytes = UTF8Output() }
  init(_ bytes: consuming UTF8Output) { self.bytes = bytes }

  mutating func append(_ text: StaticString) { bytes.append(text) }
  mutating func append(_ text: String) { bytes.append(text) }
  mutating func append(_ text: Substring) { bytes.append(text) }
  mutating func pad(_ indent: Int) { spaces(indent * 2) }
  mutating func spaces(_ count: Int) { bytes.append(repeating: 0x20, count: count) }

  /// A body's lines: attributes aligned in groups, blocks, blank lines and comments.
  mutating func writeBody(_ body: HCL.Body, indent: Int) {
    let items = body.items
    // An attribute's name is an identifier by HCL's grammar (there is no quoted form).
    let base = pushLayout(count: items.count, keysAreIdentifiers: true) { position in
      guard case .attribute(let attribute) = items[position] else { return nil }
      return (attribute.name, attribute.value)
    }
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
        writeKeyed(attribute.name, layout[base + index], attribute.value, indent: indent)
      }
    }
    layout.removeSubrange(base...)
  }

  /// The items of a multi-line object constructor, aligned like attributes.
  mutating func writeObjectItems(_ items: [(key: String, value: HCL.Expression)], indent: Int) {
    let base = pushLayout(count: items.count, keysAreIdentifiers: false) { (items[$0].key, items[$0].value) }
    for index in items.indices {
      writeKeyed(items[index].key, layout[base + index], items[index].value, indent: indent)
    }
    layout.removeSubrange(base...)
  }

  /// `key = value` on its own line, the `=` one column past its group's widest key.
  mutating func writeKeyed(_ name: String, _ key: KeyLayout, _ value: HCL.Expression, indent: Int) {
    pad(indent)
    if key.isIdentifier {
      append(name)
    } else {
      bytes.append(0x22)
      writeLiteral(name)
      bytes.append(0x22)
    }
    spaces(key.alignedWidth - key.width + 1)
    append("= ")
    writeExpression(value, indent: indent)
    bytes.append(0x0A)
  }

  /// Measures the lines of a body or object, `keyedLine(i)` giving line i's key and value
  /// (nil for a block, blank line or comment), and pushes one ``KeyLayout`` per line onto
  /// `layout`; returns the index of the first. The caller pops them when it is done.
  ///
  /// A run of consecutive single-line keyed lines (anything else ends a run) aligns its `=`
  /// one column past the run's widest key, as hclwrite's `formatCells` does. Keys known to be
  /// identifiers (attribute names) print bare unchecked; others (object keys) are checked.
  mutating func pushLayout(count: Int, keysAreIdentifiers: Bool, keyedLine: (Int) -> (name: String, value: HCL.Expression)?) -> Int {
    let base = layout.count
    var runStart = base
    var widest = 0
    func endRun(_ layout: inout [KeyLayout]) {
      for position in runStart..<layout.count { layout[position].alignedWidth = widest }
      widest = 0
    }
    for position in 0..<count {
      guard let line = keyedLine(position) else {
        endRun(&layout)
        layout.append(KeyLayout(isIdentifier: false, width: 0, alignedWidth: 0))
        runStart = layout.count
        continue
      }
      let key = keysAreIdentifiers ? KeyLayout(identifier: line.name) : KeyLayout(line.name)
      if isMultiline(line.value) {
        endRun(&layout)
        layout.append(key)
        runStart = layout.count
      } else {
        widest = max(widest, key.width)
        layout.append(key)
      }
    }
    endRun(&layout)
    return base
  }

  /// How one keyed line prints its key.
  struct KeyLayout {
    /// Whether the key prints bare (else quoted).
    var isIdentifier: Bool
    /// The printed width in characters, quotes included.
    var width: Int
    /// The width the line's `=` aligns past: its run's widest key (its own, alone).
    var alignedWidth: Int

    init(isIdentifier: Bool, width: Int, alignedWidth: Int) {
      self.isIdentifier = isIdentifier
      self.width = width
      self.alignedWidth = alignedWidth
    }

    /// The layout of a key that prints bare.
    init(identifier name: String) {
      isIdentifier = true
      width = name.utf8.count
      alignedWidth = width
    }

    /// The layout of a key printed bare when it is an identifier, else quoted.
    init(_ name: String) {
      isIdentifier = HCL.isIdentifier(name)
      if isIdentifier {
        width = name.utf8.count
      } else {
        let escaped = HCL.escapeLiteral(name)
        width = (escaped.utf8.allSatisfy { $0 < 0x80 } ? escaped.utf8.count : escaped.count) + 2
      }
      alignedWidth = width
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
