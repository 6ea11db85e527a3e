// A format-neutral value of a synthesized template, for queries and matchers.

import HCL
import JSONSyntax

/// A value in a synthesized CloudFormation template or Terraform configuration.
///
/// Objects keep their members in template order. In Terraform, nested blocks become arrays
/// of objects under the block's type (`ingress: [{...}, {...}]`), `jsonencode(...)` becomes
/// the encoded value (policies can be matched as objects), and references and other
/// expressions appear as their HCL text (`aws_sqs_queue.orders.arn`, `"${...}"` templates).
public indirect enum TemplateValue: Equatable, Sendable, CustomStringConvertible {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  case array([TemplateValue])
  case object([Member])

  /// One `key: value` member of an object.
  public struct Member: Equatable, Sendable {
    public var key: String
    public var value: TemplateValue
    public init(_ key: String, _ value: TemplateValue) {
      self.key = key
      self.value = value
    }
  }

  /// The member named `key`, if this is an object that has one.
  public subscript(key: String) -> TemplateValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The element at `index`, if this is an array that long.
  public subscript(index: Int) -> TemplateValue? {
    guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
    return elements[index]
  }

  /// The string, if this is one.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The number, if this is one.
  public var numberValue: Double? {
    if case .number(let number) = self { return number }
    return nil
  }

  /// Compact JSON text, as failure messages print values.
  public var description: String {
    switch self {
    case .string(let text): return quoted(text)
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array(let elements): return "[" + elements.map(\.description).joined(separator: ",") + "]"
    case .object(let members): return "{" + members.map { quoted($0.key) + ":" + $0.value.description }.joined(separator: ",") + "}"
    }
  }
}

/// `"text"` with JSON escapes for quotes, backslashes and control characters.
func quoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}

extension TemplateValue {
  /// A CloudFormation JSON value.
  init(_ json: JSON.Value) {
    switch json {
    case .string(let text): self = .string(text)
    case .int(let number): self = .number(Double(number))
    case .double(let number): self = .number(number)
    case .bool(let flag): self = .bool(flag)
    case .null: self = .null
    case .array(let elements): self = .array(elements.map(TemplateValue.init))
    case .object(let members): self = .object(members.map { Member($0.key, TemplateValue($0.value)) })
    }
  }

  /// A Terraform block body: attributes, and nested blocks grouped by type into arrays.
  init(_ body: HCL.Body) {
    var members: [Member] = []
    for item in body.items {
      switch item {
      case .attribute(let attribute):
        members.append(Member(attribute.name, TemplateValue(attribute.value)))
      case .block(let block):
        let value = TemplateValue(block.body)
        if let position = members.firstIndex(where: { $0.key == block.type }), case .array(let existing) = members[position].value {
          members[position].value = .array(existing + [value])
        } else {
          members.append(Member(block.type, .array([value])))
        }
      case .blankLine, .comment:
        continue
      }
    }
    self = .object(members)
  }

  /// A Terraform expression: literals as values, `jsonencode(x)` as `x`, the rest as HCL text.
  init(_ expression: HCL.Expression) {
    switch expression {
    case .string(let text): self = .string(text)
    case .template(let parts):
      if parts.allSatisfy({ if case .literal = $0 { return true } else { return false } }) {
        self = .string(parts.map { if case .literal(let text) = $0 { return text } else { return "" } }.joined())
      } else {
        self = .string(parts.map { part -> String in
          switch part {
          case .literal(let text): return text
          case .interpolation(let inner): return "${" + HCL.Printer().print(inner) + "}"
          }
        }.joined())
      }
    case .number(let text): self = Double(text).map(TemplateValue.number) ?? .string(text)
    case .bool(let flag): self = .bool(flag)
    case .null: self = .null
    case .tuple(let elements): self = .array(elements.map(TemplateValue.init))
    case .object(let members): self = .object(members.map { Member($0.key, TemplateValue($0.value)) })
    case .call("jsonencode", let arguments) where arguments.count == 1: self = TemplateValue(arguments[0])
    default: self = .string(HCL.Printer().print(expression))
    }
  }
}
