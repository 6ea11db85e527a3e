// HCL syntax tree: models HCL's native syntax, not Terraform's semantics (after hclwrite).

/// A namespace for the HCL syntax tree and its printer.
public enum HCL {}

extension HCL {
  /// One `.tf` file: a body at the top level.
  public struct File: Equatable, Sendable {
    public var body: Body
    public init(body: Body) { self.body = body }
  }

  /// The content of a file or block: attributes, blocks and blank lines, in print order.
  public struct Body: Equatable, Sendable {
    public var items: [BodyItem]
    public init(_ items: [BodyItem] = []) { self.items = items }

    /// Appends an attribute.
    public mutating func attribute(_ name: String, _ value: Expression) {
      items.append(.attribute(Attribute(name: name, value: value)))
    }
    /// Appends a nested block.
    public mutating func block(_ type: String, labels: [String] = [], _ body: Body) {
      items.append(.block(Block(type: type, labels: labels, body: body)))
    }
    /// Appends a blank line.
    public mutating func blankLine() { items.append(.blankLine) }
  }

  /// One item of a body.
  public enum BodyItem: Equatable, Sendable {
    case attribute(Attribute)
    case block(Block)
    case blankLine
    case comment(String)
  }

  /// `name = value`.
  public struct Attribute: Equatable, Sendable {
    public var name: String
    public var value: Expression
    public init(name: String, value: Expression) {
      self.name = name
      self.value = value
    }
  }

  /// `type "label" ... { body }`.
  public struct Block: Equatable, Sendable {
    public var type: String
    public var labels: [String]
    public var body: Body
    public init(type: String, labels: [String] = [], body: Body) {
      self.type = type
      self.labels = labels
      self.body = body
    }
  }

  /// An expression on the right of `=`.
  /// Only the cases that hold an expression directly are `indirect`; the rest are stored
  /// inline (arrays already hold their elements out of line).
  public enum Expression: Equatable, Sendable {
    /// A quoted literal string, carried exactly: the template of one literal part, stored
    /// without the parts array (most strings are literals). Equal to `.template([.literal(text)])`.
    case string(String)
    /// A quoted template; literal parts are escaped when printed.
    case template([TemplatePart])
    case number(String)
    case bool(Bool)
    case null
    case tuple([Expression])
    /// An object constructor; keys printed as identifiers where valid, else quoted.
    case object([(key: String, value: Expression)])
    /// A reference such as `aws_sqs_queue.orders.arn`.
    case traversal([String])
    /// A function call such as `jsonencode({...})`.
    case call(String, [Expression])
    /// An index into a collection: `data.aws_availability_zones.available.names[0]`.
    indirect case index(Expression, Int)
    /// An attribute of an expression's value: `aws_rds_cluster.db.master_user_secret[0].secret_arn`.
    indirect case attribute(Expression, String)
    /// A `for` expression: `[for r in records : r.fqdn]`, or with a key,
    /// `{ for o in options : o.domain_name => o }`.
    indirect case forExpression(variable: String, collection: Expression, key: Expression?, value: Expression)

    /// An integer literal.
    public static func int(_ value: Int) -> Expression { .number(String(value)) }
    /// A floating-point literal in its shortest round-tripping form.
    public static func double(_ value: Double) -> Expression {
      abs(value) < 1e15 && Double(Int(value)) == value ? .number(String(Int(value))) : .number("\(value)")
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool {
      switch (lhs, rhs) {
      case let (.string(a), .string(b)): return a == b
      case let (.string(a), .template(b)), let (.template(b), .string(a)): return b == [.literal(a)]
      case let (.template(a), .template(b)): return a == b
      case let (.number(a), .number(b)): return a == b
      case let (.bool(a), .bool(b)): return a == b
      case (.null, .null): return true
      case let (.tuple(a), .tuple(b)): return a == b
      case let (.object(a), .object(b)):
        return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
      case let (.traversal(a), .traversal(b)): return a == b
      case let (.call(n1, a1), .call(n2, a2)): return n1 == n2 && a1 == a2
      case let (.index(e1, i1), .index(e2, i2)): return e1 == e2 && i1 == i2
      case let (.attribute(e1, n1), .attribute(e2, n2)): return e1 == e2 && n1 == n2
      case let (.forExpression(v1, c1, k1, e1), .forExpression(v2, c2, k2, e2)): return v1 == v2 && c1 == c2 && k1 == k2 && e1 == e2
      default: return false
      }
    }
  }

  /// A part of a quoted template.
  public enum TemplatePart: Equatable, Sendable {
    /// Text carried literally (escaped on print, including `${` and `%{`).
    case literal(String)
    /// An interpolation `${...}` of an expression.
    case interpolation(Expression)
  }
}
