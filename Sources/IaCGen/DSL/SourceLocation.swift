// Where a declaration was made in the user's source.

/// The place in the user's source where a stack, resource or output was declared.
///
/// Captured from `#fileID`, `#filePath`, `#line` and `#column` default arguments, so a
/// diagnostic points at the user's own line. `fileID` is machine-independent (tests and
/// golden files use it); `filePath` is what an IDE or terminal can open.
///
/// Every declaration carries one, so the file names captured by the DSL stay the compiler's
/// literals until read: a declaration costs no string copies, and copying it no reference
/// counting.
public struct SourceLocation: Hashable, Codable, Sendable {
  private var file: FileNames
  public var line: Int
  public var column: Int

  public var fileID: String {
    get { file.fileID }
    set { file = .strings(fileID: newValue, filePath: filePath) }
  }

  public var filePath: String {
    get { file.filePath }
    set { file = .strings(fileID: fileID, filePath: newValue) }
  }

  public init(fileID: String, filePath: String, line: Int, column: Int) {
    self.file = .strings(fileID: fileID, filePath: filePath)
    self.line = line
    self.column = column
  }

  init(_ fileID: StaticString, _ filePath: StaticString, _ line: UInt, _ column: UInt) {
    self.file = .literals(fileID: fileID, filePath: filePath)
    self.line = Int(line)
    self.column = Int(column)
  }

  public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
    a.line == b.line && a.column == b.column && a.fileID == b.fileID && a.filePath == b.filePath
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(fileID)
    hasher.combine(filePath)
    hasher.combine(line)
    hasher.combine(column)
  }

  private enum CodingKeys: String, CodingKey { case fileID, filePath, line, column }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      fileID: try container.decode(String.self, forKey: .fileID), filePath: try container.decode(String.self, forKey: .filePath),
      line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(fileID, forKey: .fileID)
    try container.encode(filePath, forKey: .filePath)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }
}

/// A location's file names: the literals `#fileID` and `#filePath` gave, or strings.
private enum FileNames: Sendable {
  case literals(fileID: StaticString, filePath: StaticString)
  case strings(fileID: String, filePath: String)

  var fileID: String {
    switch self {
    case .literals(let fileID, _): String(fileID)
    case .strings(let fileID, _): fileID
    }
  }

  var filePath: String {
    switch self {
    case .literals(_, let filePath): String(filePath)
    case .strings(_, let filePath): filePath
    }
  }
}

extension String {
  /// The text of a literal.
  fileprivate init(_ literal: StaticString) {
    self = literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
  }
}
