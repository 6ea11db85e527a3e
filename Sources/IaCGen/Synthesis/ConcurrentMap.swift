// Work on independent stacks spread over the machine's cores, results in input order.

import Dispatch

extension Array where Element: Sendable {
  /// `map(transform)` with the elements transformed concurrently; the result keeps the
  /// input's order, so output does not depend on scheduling.
  func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let slots = results  // each iteration writes its own slot only
    withoutActuallyEscaping(transform) { transform in
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = transform(self[index])
      }
    }
    return results.map { $0! }
  }
}

extension Array where Element: Sendable {
  /// `concurrentMap(transform)` that lets go of each element as soon as it is transformed,
  /// instead of when the whole array goes: when the caller hands over its last reference,
  /// large intermediate values (a stack's CloudFormation syntax tree) are freed one by one
  /// and their memory reused by the rest of the work, so it does not peak at all of them.
  consuming func concurrentMapReleasing<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    let boxes = map(TakenOnce.init)
    self = []
    return boxes.concurrentMap { transform($0.take()) }
  }
}

/// A value held until the one task that transforms it takes it.
private final class TakenOnce<Value: Sendable>: @unchecked Sendable {  // each box is taken by a single task
  private var value: Value?
  init(_ value: Value) { self.value = value }

  func take() -> Value {
    defer { value = nil }
    return value!
  }
}
