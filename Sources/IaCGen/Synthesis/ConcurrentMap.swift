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
