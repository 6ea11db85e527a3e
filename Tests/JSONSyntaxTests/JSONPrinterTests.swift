import Foundation
import JSONSyntax
import XCTest

final class JSONPrinterTests: XCTestCase {
  private let printer = JSON.Printer()

  func testScalarsAndEscaping() {
    let cases: [(JSON.Value, String)] = [
      (.string("plain"), #""plain""#),
      (.string("q\"b\\s/slash"), #""q\"b\\s/slash""#),
      (.string("n\nr\rt\tb\u{8}f\u{C}"), #""n\nr\rt\tb\bf\f""#),
      (.string("nul\u{0}esc\u{1B}del\u{7F}"), #""nul\u0000esc\u001bdel\u007f""#),
      (.string("${x} %{y}"), #""${x} %{y}""#),
      (.string("emoji 🎙️ ünï \u{202E}rtl"), "\"emoji 🎙️ ünï \u{202E}rtl\""),
      (.string("\u{2028}\u{2029}"), #""\u2028\u2029""#),
      (.int(-3), "-3"),
      (.double(0.7), "0.7"),
      (.double(2), "2"),
      (.bool(false), "false"),
      (.null, "null"),
      (.array([]), "[]"),
      (.object([]), "{}"),
    ]
    for (value, expected) in cases {
      XCTAssertEqual(printer.print(value), expected + "\n")
    }
  }

  func testNestingKeepsMemberOrder() {
    let value = JSON.Value.object([
      .init("Type", .string("AWS::SQS::Queue")),
      .init("Properties", .object([.init("B", .int(1)), .init("A", .array([.string("x"), .object([])]))])),
    ])
    XCTAssertEqual(
      printer.print(value),
      """
      {
        "Type": "AWS::SQS::Queue",
        "Properties": {
          "B": 1,
          "A": [
            "x",
            {}
          ]
        }
      }

      """)
    XCTAssertEqual(printer.printCompact(value), #"{"Type":"AWS::SQS::Queue","Properties":{"B":1,"A":["x",{}]}}"#)
  }

  func testSortedObjectSortsByKey() {
    XCTAssertEqual(
      JSON.Value.sortedObject([.init("b", .int(2)), .init("a", .int(1))]),
      .object([.init("a", .int(1)), .init("b", .int(2))]))
  }

  func testPrintedStringsParseBackExactly() throws {
    let samples = ["q\"", "\\", "\u{0}\u{1F}", "🎙️", "\u{202E}", "${x}", "line\nbreak", "\u{2028}"]
    for sample in samples {
      let text = printer.print(.array([.string(sample)]))
      let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
      XCTAssertEqual(parsed, [sample])
    }
  }
}

/// Parsing keeps member order and reads what the printer writes.
final class JSONParsingTests: XCTestCase {
  func testParsesWhatThePrinterWrites() throws {
    let value = JSON.Value.object([
      .init("z", .int(1)), .init("a", .array([.double(2.5), .bool(false), .null, .string("quote \" é \n \u{1F600}")])),
    ])
    XCTAssertEqual(try JSON.Value(parsing: JSON.Printer().print(value)), value)
    XCTAssertEqual(try JSON.Value(parsing: #"["\ud83d\ude00", -3, 1e2]"#), .array([.string("\u{1F600}"), .int(-3), .double(100)]))
  }

  func testRejectsMalformedText() {
    for text in ["{", "[1,", #"{"a" 1}"#, "tru", "1 2", #""\x""#] {
      XCTAssertThrowsError(try JSON.Value(parsing: text), text)
    }
  }
}
