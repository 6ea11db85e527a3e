// A JSON value tree whose objects keep the order they were built in.

/// A namespace for the JSON value tree and its printer.
public enum JSON {}

extension JSON {
  /// A JSON value. Objects are ordered lists of members: the builder decides the order,
  /// so printing never depends on dictionary iteration.
  /// Not `indirect`: arrays already hold their elements out of line, so a scalar is stored
  /// inline instead of in a box of its own.
  public enum Value: Equatable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([Value])
    case object([Member])

    /// An object built from members sorted by key (stable for equal keys).
    public static func sortedObject(_ members: [Member]) -> Value {
      .object(members.sorted { $0.key < $1.key })
    }
  }

  /// One `"key": value` member of an object.
  public struct Member: Equatable, Sendable {
    public var key: String
    public var value: Value
    public init(_ key: String, _ value: Value) {
      self.key = key
      self.value = value
    }
  }
}

extension JSON.Value {
  /// The member named `key`, if this is an object that has one.
  public subscript(key: String) -> JSON.Value? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }
}
