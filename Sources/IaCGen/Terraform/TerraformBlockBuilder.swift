// Collects a resource's arguments and prints them in one fixed order.

import HCL

/// Builds the body of a Terraform block: attributes sorted by name, then nested blocks
/// sorted by type (same-type blocks keep their order), then `depends_on`.
struct TerraformBlockBuilder {
  private var attributes: [(name: String, value: HCL.Expression)] = []
  private var blocks: [(type: String, body: HCL.Body)] = []
  private var dependsOn: [HCL.Expression] = []

  /// Sets an attribute; `nil` leaves it out.
  mutating func set(_ name: String, _ value: HCL.Expression?) {
    if let value { attributes.append((name, value)) }
  }
  mutating func set(_ name: String, _ value: String?) { set(name, value.map(HCL.Expression.string)) }
  mutating func set(_ name: String, _ value: Int?) { set(name, value.map(HCL.Expression.int)) }
  mutating func set(_ name: String, _ value: Bool?) { set(name, value.map(HCL.Expression.bool)) }

  /// Sets `tags` (omitted when empty).
  mutating func setTags(_ tags: [Tag]) {
    guard !tags.isEmpty else { return }
    set("tags", .object(tags.map { ($0.key, HCL.Expression.string($0.value)) }))
  }

  /// Adds a nested block built by `build`.
  mutating func block(_ type: String, _ build: (inout TerraformBlockBuilder) -> Void) {
    var nested = TerraformBlockBuilder()
    build(&nested)
    blocks.append((type, nested.body()))
  }

  /// Adds an explicit dependency.
  mutating func dependOn(_ address: [String]) { dependsOn.append(.traversal(address)) }

  func body() -> HCL.Body {
    var body = HCL.Body()
    for attribute in attributes.sorted(by: { $0.name < $1.name }) { body.attribute(attribute.name, attribute.value) }
    let sortedBlocks = blocks.enumerated().sorted { ($0.element.type, $0.offset) < ($1.element.type, $1.offset) }
    if !sortedBlocks.isEmpty, !attributes.isEmpty { body.blankLine() }
    for (_, block) in sortedBlocks { body.block(block.type, block.body) }
    if !dependsOn.isEmpty {
      if !body.items.isEmpty { body.blankLine() }
      body.attribute("depends_on", .tuple(dependsOn))
    }
    return body
  }
}
