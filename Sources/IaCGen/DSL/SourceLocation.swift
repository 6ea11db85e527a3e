// Where a declaration was made in the user's source.

/// The place in the user's source where a stack, resource or output was declared.
///
/// Captured from `#fileID`, `#filePath`, `#line` and `#column` default arguments, so a
/// diagnostic points at the user's own line. `fileID` is machine-independent (tests and
/// golden files use it); `filePath` is what an IDE or terminal can open.
public struct SourceLocation: Hashable, Codable, Sendable {
  public var fileID: String
  public var filePath: String
  public var line: Int
  public var column: Int

  public init(fileID: String, filePath: String, line: Int, column: Int) {
    self.fileID = fileID
    self.filePath = filePath
    self.line = line
    self.column = column
  }

  init(_ fileID: StaticString, _ filePath: StaticString, _ line: UInt, _ column: UInt) {
    self.init(fileID: "\(fileID)", filePath: "\(filePath)", line: Int(line), column: Int(column))
  }
}
