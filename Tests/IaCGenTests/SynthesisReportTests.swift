import Foundation
import IaCGen
import XCTest

/// The report a stack program hands the CLI: what goes in comes out, and what is not a
/// report of this version is refused with a reason.
final class SynthesisReportTests: XCTestCase {
  /// A valid stack's report with the diagnostics of a broken one (a queue whose visibility
  /// timeout the function's outlasts) and files whose text is everything JSON would escape.
  func report() -> SynthesisReport {
    var report = SynthesisReport(Baseline().synthesize())
    var broken = Baseline()
    broken.primary = Queue("primary", visibilityTimeout: .seconds(30))
    report.diagnostics = broken.synthesize().diagnostics
    report.files += [
      OutputFile(path: "notes/empty.txt", contents: ""),
      OutputFile(path: "notes/escapes.txt", contents: "quote \" backslash \\ newline\nCRLF\r\nNUL \u{0} tab\t"),
      OutputFile(path: "notes/unicode-\u{00E9}.txt", contents: "caf\u{00E9} \u{200F}RTL\u{200F} \u{1F680}\u{2028}"),
    ]
    return report
  }

  /// A fresh path in the temporary directory, removed after the test.
  func temporaryPath() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)").path
    addTeardownBlock { unlink(path) }
    return path
  }

  /// `report` written and read back.
  func roundTrip(_ report: SynthesisReport) throws -> SynthesisReport {
    let path = temporaryPath()
    try report.write(toFile: path)
    return try SynthesisReport(contentsOfFile: path)
  }

  /// Reads `bytes` as a report file; the error it throws.
  func readingError(_ bytes: Data) -> SynthesisReportError? {
    let path = temporaryPath()
    do {
      try bytes.write(to: URL(fileURLWithPath: path))
      _ = try SynthesisReport(contentsOfFile: path)
      return nil
    } catch {
      return error as? SynthesisReportError
    }
  }

  func testWritingAndReadingKeepsEveryField() throws {
    let report = report()
    XCTAssertFalse(report.diagnostics.isEmpty, "the fixture should carry diagnostics")
    XCTAssertGreaterThan(report.files.count, 3, "the fixture should carry the stack's files")
    XCTAssertFalse(try XCTUnwrap(report.graph).edges.isEmpty, "the fixture should carry references")
    XCTAssertEqual(try roundTrip(report), report)
  }

  func testFilesLargerThanTheReadChunkRoundTrip() throws {
    var report = report()
    report.files = [
      OutputFile(path: "a.txt", contents: String(repeating: "\u{00E9}x\n", count: 70_000)),
      OutputFile(path: "b.txt", contents: "after"),
    ]
    XCTAssertEqual(try roundTrip(report), report)
  }

  func testTheGraphIsLeftOutUnlessAskedFor() throws {
    let report = SynthesisReport(Baseline().synthesize(), includingGraph: false)
    XCTAssertNil(report.graph)
    XCTAssertEqual(try roundTrip(report), report)
    XCTAssertEqual(report.files, SynthesisReport(Baseline().synthesize()).files)
  }

  func testTheGraphNamesEachNodeOnceAndEdgesByPosition() throws {
    let graph = try XCTUnwrap(report().graph)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(graph), as: UTF8.self)
    for node in graph.stacks.flatMap(\.resources) {
      XCTAssertEqual(json.components(separatedBy: "\"id\":\"\(node.id)\"").count - 1, 1, "\(node.id) in \(json)")
    }
    XCTAssertEqual(try JSONDecoder().decode(ResourceGraph.self, from: Data(json.utf8)), graph)
    let broken = json.replacingOccurrences(of: #""edges":[["#, with: #""edges":[[9999,"#)
    XCTAssertThrowsError(try JSONDecoder().decode(ResourceGraph.self, from: Data(broken.utf8)))
  }

  func testFileTextFollowsTheHeaderUnescaped() throws {
    let path = temporaryPath()
    try report().write(toFile: path)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let newline = try XCTUnwrap(data.firstIndex(of: 0x0A))
    let body = String(decoding: data[(newline + 1)...], as: UTF8.self)
    XCTAssertTrue(body.hasSuffix("quote \" backslash \\ newline\nCRLF\r\nNUL \u{0} tab\tcaf\u{00E9} \u{200F}RTL\u{200F} \u{1F680}\u{2028}"))
  }

  func testAReportOfAnotherVersionIsRefusedByNumber() {
    // Format 3 was JSON alone, files and all.
    let old = Data(#"{"capacity":[],"diagnostics":[],"files":[{"contents":"x","path":"a"}],"formatVersion":3,"stacks":[]}"#.utf8)
    XCTAssertEqual(readingError(old), .unsupportedFormatVersion(3))
  }

  func testTruncatedOrLengthenedFilesAreRefused() throws {
    let path = temporaryPath()
    try report().write(toFile: path)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard case .contentsLengthMismatch(let expected, let found)? = readingError(data.dropLast(3)) else {
      return XCTFail("a truncated report was read")
    }
    XCTAssertEqual(expected - found, 3)
    XCTAssertEqual(readingError(data + Data("extra".utf8)), .contentsLengthMismatch(expected: expected, found: expected + 5))
  }

  func testBytesThatAreNoReportAreRefused() {
    for bytes in ["", "\n", "not json\nfiles", #"{"formatVersion":"four"}"# + "\n", #"{"formatVersion":4}"# + "\n"] {
      guard case .malformed? = readingError(Data(bytes.utf8)) else { return XCTFail("\(bytes) was read as a report") }
    }
    XCTAssertThrowsError(try SynthesisReport(contentsOfFile: "/nonexistent/report")) { error in
      XCTAssertTrue("\(error)".contains("/nonexistent/report"), "\(error)")
    }
  }
}
