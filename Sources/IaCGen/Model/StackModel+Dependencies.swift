// Dependency order and cycle detection over references.

/// Orders resources so that each comes after what it references; ties keep the given order.
/// Resources in a cycle (reported by the validator) keep their given order at the end.
func dependencyOrdered(_ resources: [ResourceModel]) -> [ResourceModel] {
  var position = [ResourceID: Int](minimumCapacity: resources.count)
  for index in resources.indices.reversed() { position[resources[index].id] = index }  // the first of duplicates wins
  // Each resource's distinct targets, as (target, dependent) edges in declaration order.
  var edges: [(target: Int, dependent: Int)] = []
  edges.reserveCapacity(resources.count * 2)
  var pending = [Int](repeating: 0, count: resources.count)
  for (index, resource) in resources.enumerated() {
    let first = edges.count
    for reference in resource.references {
      guard let target = position[reference.target], target != index,
        !edges[first...].contains(where: { $0.target == target })
      else { continue }
      edges.append((target, index))
      pending[index] += 1
    }
  }
  // The dependents of resource i are dependents[start[i]..<start[i + 1]] (one array, not one per resource).
  var start = [Int](repeating: 0, count: resources.count + 1)
  for edge in edges { start[edge.target + 1] += 1 }
  for index in resources.indices { start[index + 1] += start[index] }
  var dependents = [Int](repeating: 0, count: edges.count)
  var filled = start
  for edge in edges {
    dependents[filled[edge.target]] = edge.dependent
    filled[edge.target] += 1
  }
  // Kahn's algorithm with a min-heap on declaration position keeps ties in declaration order.
  var ready = MinHeap(resources.indices.filter { pending[$0] == 0 })
  var order: [Int] = []
  order.reserveCapacity(resources.count)
  while let next = ready.pop() {
    order.append(next)
    for dependent in dependents[start[next]..<start[next + 1]] {
      pending[dependent] -= 1
      if pending[dependent] == 0 { ready.push(dependent) }
    }
  }
  if order.count < resources.count {
    let placed = Set(order)
    order += resources.indices.filter { !placed.contains($0) }
  }
  return order.map { resources[$0] }
}

/// The resources of one reference cycle, if the stack has any, in cycle order;
/// `references[i]` are resource i's (`resources[i].references`).
func findCycle(_ resources: [ResourceModel], references: [[Reference]]) -> [ResourceID]? {
  var position = [ResourceID: Int](minimumCapacity: resources.count)
  for index in resources.indices.reversed() { position[resources[index].id] = index }  // the first of duplicates wins
  var state = [UInt8](repeating: 0, count: resources.count)  // 0 new, 1 on path, 2 done
  var path: [Int] = []
  func visit(_ index: Int) -> [ResourceID]? {
    state[index] = 1
    path.append(index)
    for reference in references[index] {
      guard let target = position[reference.target] else { continue }
      if state[target] == 1 {
        let start = path.firstIndex(of: target)!
        return path[start...].map { resources[$0].id }
      }
      if state[target] == 0, let cycle = visit(target) { return cycle }
    }
    path.removeLast()
    state[index] = 2
    return nil
  }
  for index in resources.indices where state[index] == 0 {
    if let cycle = visit(index) { return cycle }
  }
  return nil
}

/// A small binary min-heap of integers.
struct MinHeap {
  private var items: [Int]
  init(_ items: [Int]) {
    self.items = []
    for item in items { push(item) }
  }
  mutating func push(_ item: Int) {
    items.append(item)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if items[parent] <= items[child] { break }
      items.swapAt(parent, child)
      child = parent
    }
  }
  mutating func pop() -> Int? {
    guard let first = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var smallest = parent
        if left < items.count, items[left] < items[smallest] { smallest = left }
        if right < items.count, items[right] < items[smallest] { smallest = right }
        if smallest == parent { break }
        items.swapAt(parent, smallest)
        parent = smallest
      }
    }
    return first
  }
}
