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
  /// The room a printer reserves for a stack's `main.tf` or template before printing it:
  /// 2 KiB per resource, above what resources print (about 0.8 KiB in either format), so the
  /// buffer rarely grows; memory the file does not reach is reserved but never touched.
  var printedFileSizeEstimate: Int {
    2048 * (resources.count + regional.reduce(0) { $0 + $1.resources.count }) + 4096
  }
}
