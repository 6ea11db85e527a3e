// Rendered files, before anything touches the disk.

/// A rendered file: a path relative to the output directory and its text.
public struct OutputFile: Hashable, Codable, Sendable, Comparable {
  public var path: String
  public var contents: String
  public init(path: String, contents: String) {
    self.path = path
    self.contents = contents
  }
  public static func < (lhs: OutputFile, rhs: OutputFile) -> Bool { lhs.path < rhs.path }
}
