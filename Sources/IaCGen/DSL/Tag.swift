// Resource tags.

/// A tag: a key and a value, applied to every taggable resource of a stack.
public struct Tag: Hashable, Codable, Sendable {
  public var key: String
  public var value: String
  public init(_ key: String, _ value: String) {
    self.key = key
    self.value = value
  }

  /// Tags from a dictionary, sorted by key (dictionary order never reaches the output).
  static func sorted(_ dictionary: [String: String]) -> [Tag] {
    dictionary.map { Tag($0.key, $0.value) }.sorted { $0.key < $1.key }
  }

  /// `base` overridden by `overrides`, sorted by key.
  static func merged(_ base: [Tag], _ overrides: [Tag]) -> [Tag] {
    var result = base.filter { tag in !overrides.contains { $0.key == tag.key } }
    result.append(contentsOf: overrides)
    return result.sorted { $0.key < $1.key }
  }
}
