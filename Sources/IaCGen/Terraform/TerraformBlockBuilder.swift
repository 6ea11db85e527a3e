// Collects a resource's arguments and prints them in one fixed order.

import HCL

/// Builds the body of a Terraform block: attributes sorted by name, then nested blocks
/// sorted by type (same-type blocks keep their order), then `depends_on`.
struct TerraformBlockBuilder {
  private var attributes: [(name: String, value: HCL.Expression)] = []
  private var blocks: [(type: String, body: HCL.Body)] = []
  private var dependsOn: [HCL.Expression] = []

  init() { attributes.reserveCapacity(12) }  // most resources set a dozen or fewer

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

  /// The body, in print order. Sorts positions, not the lists (a builder passed by value
  /// shares its storage, and sorting in place would copy it).
  func body() -> HCL.Body {
    var items: [HCL.BodyItem] = []
    items.reserveCapacity(attributes.count + blocks.count + 2)
    Self.withStableOrder(attributes.count, by: { attributes[$0].name < attributes[$1].name }) { order in
      for position in order {
        items.append(.attribute(HCL.Attribute(name: attributes[position].name, value: attributes[position].value)))
      }
    }
    if !blocks.isEmpty, !attributes.isEmpty { items.append(.blankLine) }
    Self.withStableOrder(blocks.count, by: { blocks[$0].type < blocks[$1].type }) { order in
      for position in order { items.append(.block(HCL.Block(type: blocks[position].type, body: blocks[position].body))) }
    }
    if !dependsOn.isEmpty {
      if !items.isEmpty { items.append(.blankLine) }
      items.append(.attribute(HCL.Attribute(name: "depends_on", value: .tuple(dependsOn))))
    }
    return HCL.Body(items)
  }

  /// Calls `body` with the positions `0..<count` sorted by `precedes`, equal ones in their
  /// order: an insertion sort (a block has a few dozen arguments at most, and the standard
  /// library's sort costs more than the comparisons at this size) in a buffer on the stack.
  private static func withStableOrder(
    _ count: Int, by precedes: (Int, Int) -> Bool, _ body: (UnsafeMutableBufferPointer<Int>) -> Void
  ) {
    withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { order in
      for index in 0..<count {
        var slot = index
        while slot > 0, precedes(index, order[slot - 1]) {
          order[slot] = order[slot - 1]
          slot -= 1
        }
        order[slot] = index
      }
      body(order)
    }
  }
}
