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
      return writer.output
    }

    /// Prints one expression on its own, at indentation zero (for tests and messages).
    public func print(_ expression: Expression) -> String {
      var writer = Writer()
      writer.writeExpression(expression, indent: 0)
      return writer.output
    }
  }
}

/// Accumulates printed text; one `write` method per syntax node kind.
private struct Writer {
  var output = ""

  mutating func writeBody(_ body: HCL.Body, indent: Int) {
    let entries: [Entry] = body.items.map { item in
      switch item {
      case .attribute(let attribute): return .keyed(key: attribute.name, value: attribute.value)
      case .block(let block): return .block(block)
      case .blankLine: return .blank
      case .comment(let text): return .comment(text)
      }
    }
    writeEntries(entries, indent: indent)
  }

  /// A line-level item of a body or of an object constructor.
  enum Entry {
    case keyed(key: String, value: HCL.Expression)
    case block(HCL.Block)
    case blank
    case comment(String)
  }

  mutating func writeEntries(_ entries: [Entry], indent: Int) {
    let widths = alignmentWidths(entries)
    for (index, entry) in entries.enumerated() {
      switch entry {
      case .blank:
        output += "\n"
      case .comment(let text):
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          output += pad(indent)
          output += "# "
          output += line
          output += "\n"
        }
      case .block(let block):
        output += pad(indent)
        output += block.type
        for label in block.labels {
          output += " \""
          output += HCL.escapeLiteral(label)
          output += "\""
        }
        output += " {\n"
        writeBody(block.body, indent: indent + 1)
        output += pad(indent)
        output += "}\n"
      case .keyed(let key, let value):
        let printedKey = keyText(key)
        output += pad(indent)
        output += printedKey
        output += spaces((widths[index] ?? width(printedKey)) - width(printedKey) + 1)
        output += "= "
        writeExpression(value, indent: indent)
        output += "\n"
      }
    }
  }

  /// For each single-line keyed entry, the key width of its alignment group.
  func alignmentWidths(_ entries: [Entry]) -> [Int?] {
    var widths = [Int?](repeating: nil, count: entries.count)
    var groupStart: Int?
    var maxWidth = 0
    func close(_ end: Int) {
      if let start = groupStart { for i in start..<end { widths[i] = maxWidth } }
      groupStart = nil
      maxWidth = 0
    }
    for (index, entry) in entries.enumerated() {
      if case .keyed(let key, let value) = entry, !isMultiline(value) {
        if groupStart == nil { groupStart = index }
        maxWidth = max(maxWidth, width(keyText(key)))
      } else {
        close(index)
      }
    }
    close(entries.count)
    return widths
  }

  func keyText(_ key: String) -> String {
    HCL.isIdentifier(key) ? key : "\"" + HCL.escapeLiteral(key) + "\""
  }

  /// The printed width of a key in characters (counted fast for ASCII).
  func width(_ text: String) -> Int { text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count }

  /// Two spaces per level; the common depths are built once.
  func pad(_ indent: Int) -> String { indent < Self.pads.count ? Self.pads[indent] : String(repeating: "  ", count: indent) }
  static let pads = (0..<16).map { String(repeating: "  ", count: $0) }

  /// `count` spaces (alignment before `=`).
  func spaces(_ count: Int) -> String { count < Self.blanks.count ? Self.blanks[count] : String(repeating: " ", count: count) }
  static let blanks = (0..<64).map { String(repeating: " ", count: $0) }

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

  /// Writes an expression starting at the current column; continuation lines use `indent`.
  mutating func writeExpression(_ expression: HCL.Expression, indent: Int) {
    switch expression {
    case .template(let parts):
      output += "\""
      for part in parts {
        switch part {
        case .literal(let text): output += HCL.escapeLiteral(text)
        case .interpolation(let inner):
          output += "${"
          writeExpression(inner, indent: indent)
          output += "}"
        }
      }
      output += "\""
    case .number(let text): output += text
    case .bool(let value): output += value ? "true" : "false"
    case .null: output += "null"
    case .traversal(let names): output += names.joined(separator: ".")
    case .object(let items):
      if items.isEmpty {
        output += "{}"
      } else {
        output += "{\n"
        writeEntries(items.map { .keyed(key: $0.key, value: $0.value) }, indent: indent + 1)
        output += pad(indent) + "}"
      }
    case .tuple(let elements):
      if isMultiline(expression) {
        output += "[\n"
        for element in elements {
          output += pad(indent + 1)
          writeExpression(element, indent: indent + 1)
          output += ",\n"
        }
        output += pad(indent) + "]"
      } else {
        output += "["
        for (index, element) in elements.enumerated() {
          if index > 0 { output += ", " }
          writeExpression(element, indent: indent)
        }
        output += "]"
      }
    case .index(let collection, let position):
      writeExpression(collection, indent: indent)
      output += "[\(position)]"
    case .attribute(let value, let name):
      writeExpression(value, indent: indent)
      output += "." + name
    case .forExpression(let variable, let collection, let key, let value):
      output += key == nil ? "[for " : "{ for "
      output += variable + " in "
      writeExpression(collection, indent: indent)
      output += " : "
      if let key {
        writeExpression(key, indent: indent)
        output += " => "
      }
      writeExpression(value, indent: indent)
      output += key == nil ? "]" : " }"
    case .call(let name, let arguments):
      output += name + "("
      for (index, argument) in arguments.enumerated() {
        if index > 0 { output += ", " }
        writeExpression(argument, indent: indent)
      }
      output += ")"
    }
  }
}
