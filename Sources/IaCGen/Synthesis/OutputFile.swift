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

extension StackModel {
  /// The room a printer reserves for a stack's `main.tf` or template, printed straight into
  /// the file's string: 1 KiB per resource, a little above what the benchmark's resources
  /// print (0.75-0.85 KiB in either format). The string keeps the room; a file that outgrows
  /// it is moved once and copied.
  var printedFileSizeEstimate: Int {
    1024 * (resources.count + regional.reduce(0) { $0 + $1.resources.count }) + 4096
  }
}
