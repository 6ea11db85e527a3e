@testable import IaCGenCLI
import XCTest

final class ArgumentParserTests: XCTestCase {
  private let parser = Commands.parser

  func testValidCommandLines() throws {
    let cases: [([String], ParsedCommand)] = [
      (["synth", "pkg"], ParsedCommand(name: "synth", arguments: ["package-dir": "pkg"])),
      (["synth", "pkg", "--out", "o"], ParsedCommand(name: "synth", arguments: ["package-dir": "pkg"], options: ["out": "o"])),
      (["synth", "--out=o", "pkg"], ParsedCommand(name: "synth", arguments: ["package-dir": "pkg"], options: ["out": "o"])),
      (
        ["validate", "pkg", "--warnings-as-errors", "--product", "Stack"],
        ParsedCommand(name: "validate", arguments: ["package-dir": "pkg"], options: ["product": "Stack"], flags: ["warnings-as-errors"])
      ),
      (["synth", "--", "-odd-dir"], ParsedCommand(name: "synth", arguments: ["package-dir": "-odd-dir"])),
    ]
    for (arguments, expected) in cases {
      XCTAssertEqual(try parser.parse(arguments), .run(expected), "\(arguments)")
    }
  }

  func testUsageErrors() {
    let cases: [([String], String)] = [
      ([], "missing command"),
      (["launch"], "unknown command 'launch'"),
      (["deploy"], "missing argument '<package-dir>'"),
      (["synth"], "missing argument '<package-dir>'"),
      (["synth", "pkg", "--bogus"], "unknown option '--bogus'"),
      (["synth", "pkg", "-x"], "unknown option '-x'"),
      (["synth", "pkg", "--out"], "missing value for '--out <dir>'"),
      (["synth", "pkg", "--out", "--product"], "missing value for '--out <dir>'"),
      (["synth", "pkg", "--out", "a", "--out", "b"], "option '--out' is given twice"),
      (["synth", "pkg", "extra"], "unexpected argument 'extra'"),
      (["validate", "pkg", "--warnings-as-errors=yes"], "option '--warnings-as-errors' takes no value"),
      (["help", "nope"], "unknown command 'nope'"),
    ]
    for (arguments, message) in cases {
      XCTAssertThrowsError(try parser.parse(arguments), "\(arguments)") { error in
        XCTAssertEqual((error as? UsageError)?.message, message, "\(arguments)")
      }
    }
  }

  func testHelp() throws {
    guard case .help(let tool) = try parser.parse(["--help"]) else { return XCTFail("expected help") }
    XCTAssertTrue(tool.contains("usage: iacgen <command> [<arguments>] [<options>]"))
    XCTAssertTrue(tool.contains("  synth "))
    XCTAssertTrue(tool.contains("  validate "))
    guard case .help(let synth) = try parser.parse(["synth", "--help"]) else { return XCTFail("expected help") }
    XCTAssertTrue(
      synth.contains("usage: iacgen synth <package-dir> [--out <dir>] [--product <name>] [--configuration <debug|release>] [--timeout <seconds>] [--warnings-as-errors]"),
      synth)
    XCTAssertEqual(try parser.parse(["help", "synth"]), .help(synth))
  }
}
