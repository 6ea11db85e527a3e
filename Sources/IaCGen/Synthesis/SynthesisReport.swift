// What a stack program hands the `iacgen` CLI.

#if canImport(FoundationEssentials)
  // Foundation's core without its internationalization (ICU): a stack program that does not
  // import Foundation itself starts a few milliseconds sooner.
  import FoundationEssentials
#else
  import Foundation
#endif

/// The report a stack package's executable writes for the CLI: diagnostics and rendered
/// files. The CLI prints the diagnostics and, when there are no errors, writes the files.
public struct SynthesisReport: Sendable, Equatable {
  /// Bumped when the report's shape changes; the CLI refuses versions it does not know.
  public static let currentFormatVersion = 4
  /// The environment variable through which the CLI asks a stack program for a report.
  public static let environmentVariable = "IACGEN_REPORT"
  /// Set to `1` by the CLI when it needs the graph (`iacgen graph`): for a large app the
  /// graph is most of the report's header and costs more to encode than the synthesis.
  public static let graphEnvironmentVariable = "IACGEN_REPORT_GRAPH"

  public var formatVersion: Int
  public var stacks: [String]
  public var diagnostics: [Diagnostic]
  public var files: [OutputFile]
  /// Declared load against provisioned capacity, for the table the CLI prints.
  public var capacity: [CapacityRow]
  /// Stacks, resources and references, for `iacgen graph`; nil when not asked for.
  public var graph: ResourceGraph?

  public init(_ result: SynthesisResult, includingGraph: Bool = true) {
    self.formatVersion = Self.currentFormatVersion
    self.stacks = result.model.stacks.map(\.name)
    self.diagnostics = result.diagnostics
    self.files = result.files
    self.capacity = capacityTable(result.model)
    self.graph = includingGraph ? ResourceGraph(result.model) : nil
  }
}

// MARK: - Encoding

/// Why bytes are not a report this iacgen reads.
public enum SynthesisReportError: Error, Equatable, CustomStringConvertible {
  /// The bytes do not start with a report header.
  case malformed(String)
  /// A report of another format version (another iacgen version wrote it).
  case unsupportedFormatVersion(Int)
  /// The files' text is shorter or longer than the header says.
  case contentsLengthMismatch(expected: Int, found: Int)

  public var description: String {
    switch self {
    case .malformed(let reason): return "not a synthesis report (\(reason))"
    case .unsupportedFormatVersion(let version):
      return "report format \(version); this iacgen reads \(SynthesisReport.currentFormatVersion)"
    case .contentsLengthMismatch(let expected, let found):
      return "the report's files hold \(found) bytes; its header says \(expected)"
    }
  }
}

extension SynthesisReport {
  /// Writes the report to the file at `path`: one line of JSON holding everything but the
  /// files' text (each file as its path and UTF-8 length), then the files' UTF-8 bytes one
  /// after another, straight from their storage. File text never goes through JSON string
  /// escaping, which for a large app cost several times the synthesis itself.
  public func write(toFile path: String) throws {
    let header = Header(
      formatVersion: formatVersion, stacks: stacks, diagnostics: diagnostics,
      files: files.map { Header.File(path: $0.path, byteCount: $0.contents.utf8.count) }, capacity: capacity, graph: graph)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]  // no newlines: the header is one line
    let headerLine = try encoder.encode(header) + [0x0A]
    try FileDescriptor.create(path) { file in
      try headerLine.withUnsafeBytes { try file.write($0) }
      for output in files { try file.write(output.contents) }
    }
  }

  /// Reads a report that ``write(toFile:)`` wrote, reading each file's text straight into
  /// its string. Checks the format version before the rest; throws ``SynthesisReportError``
  /// when the file is not a report of this version.
  public init(contentsOfFile path: String) throws {
    self = try FileDescriptor.open(path) { file in
      var reader = Reader(file: file)
      let header = try Self.header(try reader.headerLine())
      var expected = 0
      for entry in header.files {
        guard entry.byteCount >= 0 else { throw SynthesisReportError.malformed("a negative file length") }
        expected += entry.byteCount
      }
      var files: [OutputFile] = []
      files.reserveCapacity(header.files.count)
      for entry in header.files {
        let contents = try reader.text(byteCount: entry.byteCount)
        guard let contents else { throw SynthesisReportError.contentsLengthMismatch(expected: expected, found: reader.consumed) }
        files.append(OutputFile(path: entry.path, contents: contents))
      }
      let extra = try reader.countRemaining()
      guard extra == 0 else { throw SynthesisReportError.contentsLengthMismatch(expected: expected, found: expected + extra) }
      return SynthesisReport(header: header, files: files)
    }
  }

  private init(header: Header, files: [OutputFile]) {
    formatVersion = header.formatVersion
    stacks = header.stacks
    diagnostics = header.diagnostics
    self.files = files
    capacity = header.capacity
    graph = header.graph
  }

  /// Decodes the header line (incomplete when the file has no newline). A line that is not
  /// this version's header is parsed again for its version alone, to name it in the error.
  private static func header(_ line: (bytes: [UInt8], complete: Bool)) throws -> Header {
    let decoder = JSONDecoder()
    let data = Data(line.bytes)
    let header: Header
    do {
      header = try decoder.decode(Header.self, from: data)
    } catch {
      // Reports before format 4 were JSON only, without a newline: their version is read too.
      guard let version = try? decoder.decode(VersionProbe.self, from: data).formatVersion else {
        throw SynthesisReportError.malformed("the first line is not a report header")
      }
      guard version == currentFormatVersion else { throw SynthesisReportError.unsupportedFormatVersion(version) }
      throw SynthesisReportError.malformed(plainDescription(of: error))
    }
    guard header.formatVersion == currentFormatVersion else { throw SynthesisReportError.unsupportedFormatVersion(header.formatVersion) }
    guard line.complete else { throw SynthesisReportError.malformed("no header line") }
    return header
  }

  /// The report's first line.
  private struct Header: Codable {
    struct File: Codable {
      var path: String
      var byteCount: Int
    }
    var formatVersion: Int
    var stacks: [String]
    var diagnostics: [Diagnostic]
    var files: [File]
    var capacity: [CapacityRow]
    var graph: ResourceGraph?
  }

  /// Only the version, so that another version's header is refused by number.
  private struct VersionProbe: Decodable {
    var formatVersion: Int
  }

  /// Reads a report file: the header line in chunks, then each file's bytes.
  private struct Reader {
    let file: FileDescriptor
    /// Bytes read past the header line, not yet handed out.
    private var pending: [UInt8] = []
    /// Bytes handed out after the header line.
    private(set) var consumed = 0

    init(file: FileDescriptor) { self.file = file }

    /// The bytes before the first newline (or all of them, incomplete, when there is none).
    mutating func headerLine() throws -> (bytes: [UInt8], complete: Bool) {
      var bytes: [UInt8] = []
      let chunk = 1 << 16
      while true {
        let start = bytes.count
        bytes += repeatElement(0, count: chunk)
        let count = try bytes.withUnsafeMutableBytes { try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
        bytes.removeLast(chunk - count)
        if let newline = bytes[start...].firstIndex(of: 0x0A) {
          pending = Array(bytes[(newline + 1)...])
          bytes.removeSubrange(newline...)
          return (bytes, true)
        }
        if count < chunk { return (bytes, false) }
      }
    }

    /// The next `byteCount` bytes as text; nil when the file ends before them.
    mutating func text(byteCount: Int) throws -> String? {
      var complete = true
      let text = try String(unsafeUninitializedCapacity: byteCount) { buffer in
        let fromPending = min(pending.count, byteCount)
        _ = buffer.initialize(from: pending[..<fromPending])
        pending.removeFirst(fromPending)
        let read = try file.read(into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[fromPending...])))
        consumed += fromPending + read
        complete = fromPending + read == byteCount
        return fromPending + read
      }
      return complete ? text : nil
    }

    /// How many bytes are left, reading them.
    mutating func countRemaining() throws -> Int {
      var count = pending.count
      pending = []
      var scratch = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let read = try scratch.withUnsafeMutableBytes { try file.read(into: $0) }
        count += read
        if read < scratch.count { return count }
      }
    }
  }
}
