// The app as a graph: stacks grouped by Region, their resources, and the references between
// them, drawn as Mermaid or Graphviz DOT by `iacgen graph`.

/// Stacks, resources and references of an app.
public struct ResourceGraph: Codable, Sendable, Equatable {
  /// A resource: its stack, ID and kind.
  public struct Node: Codable, Sendable, Equatable {
    public var stack: String
    public var id: String
    /// The kind as people say it ("function", "queue trigger").
    public var kind: String
  }

  /// A stack and the Region it deploys to.
  public struct StackGroup: Codable, Sendable, Equatable {
    public var name: String
    public var region: String
    public var resources: [Node]
  }

  /// `from` references `to` (an ARN, a name, a URL...).
  public struct Edge: Codable, Sendable, Equatable {
    public var from: Node
    public var to: Node
  }

  public var stacks: [StackGroup]
  public var edges: [Edge]

  /// The graph of `app`: stacks in app order, resources in stack order, each reference once.
  public init(_ app: AppModel) {
    var nodes: [String: [ResourceID: Node]] = [:]
    stacks = app.stacks.map { stack in
      let resources = stack.resources.map { Node(stack: stack.name, id: $0.id.rawValue, kind: $0.kind.displayName) }
      nodes[stack.name] = Dictionary(zip(stack.resources.map(\.id), resources), uniquingKeysWith: { first, _ in first })
      return StackGroup(name: stack.name, region: stack.region.code, resources: resources)
    }
    var edges: [Edge] = []
    for stack in app.stacks {
      for resource in stack.resources {
        guard let from = nodes[stack.name]?[resource.id] else { continue }
        var seen = Set<ResourceID>()
        for reference in resource.references where reference.target != resource.id && seen.insert(reference.target).inserted {
          // References stay within a stack (STK003); others are the validator's to report.
          guard let to = nodes[stack.name]?[reference.target] else { continue }
          edges.append(Edge(from: from, to: to))
        }
      }
    }
    self.edges = edges
  }

  /// Regions in the order their first stack appears.
  var regions: [String] {
    var result: [String] = []
    for stack in stacks where !result.contains(stack.region) { result.append(stack.region) }
    return result
  }

  /// A Mermaid flowchart (GitHub renders it): one subgraph per Region, one per stack inside.
  public func mermaid() -> String {
    func identifier(_ text: String) -> String { String(text.map { $0.isLetter || $0.isNumber ? $0 : "_" }) }
    func nodeID(_ node: Node) -> String { identifier(node.stack) + "__" + identifier(node.id) }
    func label(_ text: String) -> String { text.replacingOccurrences(of: "\"", with: "#quot;") }
    var lines = ["flowchart LR"]
    for region in regions {
      lines.append("  subgraph region_\(identifier(region))[\"\(region)\"]")
      for stack in stacks where stack.region == region {
        lines.append("    subgraph stack_\(identifier(stack.name))[\"stack \(label(stack.name))\"]")
        for node in stack.resources {
          lines.append("      \(nodeID(node))[\"\(label(node.id))<br/><small>\(label(node.kind))</small>\"]")
        }
        lines.append("    end")
      }
      lines.append("  end")
    }
    for edge in edges { lines.append("  \(nodeID(edge.from)) --> \(nodeID(edge.to))") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Graphviz DOT digraph: one cluster per Region, one per stack inside.
  public func dot() -> String {
    // IDs, stack names and kinds hold no backslashes; `\n` in a label is DOT's line break.
    func quote(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    func nodeID(_ node: Node) -> String { quote(node.stack + "/" + node.id) }
    var lines = ["digraph iacgen {", "  rankdir=LR;", "  node [shape=box];"]
    for region in regions {
      lines.append("  subgraph \(quote("cluster_region_" + region)) {")
      lines.append("    label=\(quote(region));")
      for stack in stacks where stack.region == region {
        lines.append("    subgraph \(quote("cluster_stack_" + stack.name)) {")
        lines.append("      label=\(quote("stack " + stack.name));")
        for node in stack.resources { lines.append("      \(nodeID(node)) [label=\(quote(node.id + "\\n" + node.kind))];") }
        lines.append("    }")
      }
      lines.append("  }")
    }
    for edge in edges { lines.append("  \(nodeID(edge.from)) -> \(nodeID(edge.to));") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}
