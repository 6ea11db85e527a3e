// The app as a graph: stacks grouped by Region, their resources, and the references between
// them, drawn as Mermaid or Graphviz DOT by `iacgen graph`.

/// Stacks, resources and references of an app.
public struct ResourceGraph: Codable, Sendable, Equatable {
  /// A resource: its stack, ID and kind.
  public struct Node: Codable, Sendable, Hashable {
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
    func label(_ text: String) -> String { text.replacing("\"", with: "#quot;") }
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
    func quote(_ text: String) -> String { "\"" + text.replacing("\"", with: "\\\"") + "\"" }
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

// MARK: - Encoding

/// Encoded compactly: each node once, in its stack's group and without the stack's name;
/// each edge as the positions of its two nodes in the order the groups list them. With
/// nodes spelled out in every edge, an app of 1000 services took 1.8 MB of JSON.
extension ResourceGraph {
  private enum CodingKeys: String, CodingKey { case stacks, edges }

  private struct EncodedGroup: Codable {
    var name: String
    var region: String
    var resources: [EncodedNode]
  }

  private struct EncodedNode: Codable {
    var id: String
    var kind: String
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    let nodes = stacks.flatMap(\.resources)
    let positions = Dictionary(zip(nodes, nodes.indices), uniquingKeysWith: { first, _ in first })
    let groups = stacks.map { stack in
      EncodedGroup(name: stack.name, region: stack.region, resources: stack.resources.map { EncodedNode(id: $0.id, kind: $0.kind) })
    }
    let encodedEdges = try edges.map { edge -> [Int] in
      guard let from = positions[edge.from], let to = positions[edge.to] else {
        throw EncodingError.invalidValue(
          edge, .init(codingPath: encoder.codingPath + [CodingKeys.edges], debugDescription: "an edge between nodes the graph does not list"))
      }
      return [from, to]
    }
    try container.encode(groups, forKey: .stacks)
    try container.encode(encodedEdges, forKey: .edges)
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    stacks = try container.decode([EncodedGroup].self, forKey: .stacks).map { group in
      StackGroup(name: group.name, region: group.region, resources: group.resources.map { Node(stack: group.name, id: $0.id, kind: $0.kind) })
    }
    let nodes = stacks.flatMap(\.resources)
    edges = try container.decode([[Int]].self, forKey: .edges).map { pair in
      guard pair.count == 2, nodes.indices.contains(pair[0]), nodes.indices.contains(pair[1]) else {
        throw DecodingError.dataCorruptedError(forKey: .edges, in: container, debugDescription: "an edge is not two node positions")
      }
      return Edge(from: nodes[pair[0]], to: nodes[pair[1]])
    }
  }
}
