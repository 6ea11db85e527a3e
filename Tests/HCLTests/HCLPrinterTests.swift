import HCL
import XCTest

final class HCLPrinterTests: XCTestCase {
  private let printer = HCL.Printer()

  func testEscapingOfLiterals() {
    let cases: [(String, String)] = [
      ("plain", #""plain""#),
      ("say \"hi\"", #""say \"hi\"""#),
      ("back\\slash", #""back\\slash""#),
      ("trailing\\", #""trailing\\""#),
      ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
      ("${var.x}", #""$${var.x}""#),
      ("%{ if true }", #""%%{ if true }""#),
      ("$${already}", #""$$${already}""#),
      ("cost: $5 and 50%", #""cost: $5 and 50%""#),
      ("nul\u{0}bell\u{7}", #""nul\u0000bell\u0007""#),
      ("del\u{7F}", #""del\u007F""#),
      ("emoji 🎙️ and ünïcode", "\"emoji 🎙️ and ünïcode\""),
      ("rtl \u{202E}text", "\"rtl \u{202E}text\""),
      ("line sep \u{2028}", #""line sep \u2028""#),
      ("", #""""#),
    ]
    for (input, expected) in cases {
      XCTAssertEqual(printer.print(.string(input)), expected, "escaping \(input.debugDescription)")
    }
  }

  func testExpressions() {
    let cases: [(HCL.Expression, String)] = [
      (.int(42), "42"),
      (.double(0.7), "0.7"),
      (.double(3), "3"),
      (.bool(true), "true"),
      (.null, "null"),
      (.traversal(["aws_sqs_queue", "orders", "arn"]), "aws_sqs_queue.orders.arn"),
      (.tuple([]), "[]"),
      (.tuple([.string("a"), .int(1)]), #"["a", 1]"#),
      (.object([]), "{}"),
      (
        .template([.interpolation(.traversal(["aws_dynamodb_table", "t", "arn"])), .literal("/index/*")]),
        #""${aws_dynamodb_table.t.arn}/index/*""#
      ),
      (.template([.literal("${"), .interpolation(.traversal(["a", "b"]))]), #""$${${a.b}""#),
      (.call("max", [.int(1), .int(2)]), "max(1, 2)"),
      (.index(.traversal(["data", "aws_availability_zones", "available", "names"]), 1), "data.aws_availability_zones.available.names[1]"),
      (.attribute(.index(.traversal(["aws_db_instance", "db", "master_user_secret"]), 0), "secret_arn"), "aws_db_instance.db.master_user_secret[0].secret_arn"),
      (
        .forExpression(variable: "r", collection: .traversal(["aws_route53_record", "v"]), key: nil, value: .traversal(["r", "fqdn"])),
        "[for r in aws_route53_record.v : r.fqdn]"
      ),
      (
        .forExpression(variable: "o", collection: .traversal(["c", "options"]), key: .traversal(["o", "name"]), value: .traversal(["o"])),
        "{ for o in c.options : o.name => o }"
      ),
    ]
    for (expression, expected) in cases {
      XCTAssertEqual(printer.print(expression), expected)
    }
  }

  func testAlignmentGroupsBreakAtMultilineValuesBlocksAndBlankLines() {
    var inner = HCL.Body()
    inner.attribute("size", .int(512))
    var body = HCL.Body()
    body.attribute("a", .int(1))
    body.attribute("long_name", .int(2))
    body.attribute("tags", .object([("Name", .string("x")), ("cost-center", .string("42")), ("a:b", .string("c"))]))
    body.attribute("b", .int(3))
    body.attribute("bb", .int(4))
    body.blankLine()
    body.attribute("after_blank", .bool(false))
    body.block("ephemeral_storage", inner)
    body.attribute("c", .int(5))
    let file = HCL.File(body: HCL.Body([.block(HCL.Block(type: "resource", labels: ["aws_thing", "x"], body: body))]))
    XCTAssertEqual(
      printer.print(file),
      """
      resource "aws_thing" "x" {
        a         = 1
        long_name = 2
        tags = {
          Name        = "x"
          cost-center = "42"
          "a:b"       = "c"
        }
        b  = 3
        bb = 4

        after_blank = false
        ephemeral_storage {
          size = 512
        }
        c = 5
      }

      """)
  }

  func testCallsWithObjectsTuplesOfObjectsAndEmptyBlocks() {
    var body = HCL.Body()
    body.attribute(
      "policy",
      .call("jsonencode", [
        .object([
          ("Version", .string("2012-10-17")),
          ("Statement", .tuple([.object([("Effect", .string("Allow")), ("Action", .tuple([.string("sqs:SendMessage")]))])])),
        ])
      ]))
    body.block("empty", HCL.Body())
    body.items.append(.comment("a comment\nover two lines"))
    XCTAssertEqual(
      printer.print(HCL.File(body: body)),
      """
      policy = jsonencode({
        Version = "2012-10-17"
        Statement = [
          {
            Effect = "Allow"
            Action = ["sqs:SendMessage"]
          },
        ]
      })
      empty {
      }
      # a comment
      # over two lines

      """)
  }

  func testIdentifiers() {
    XCTAssertTrue(HCL.isIdentifier("aws_sqs_queue"))
    XCTAssertTrue(HCL.isIdentifier("with-dash"))
    XCTAssertFalse(HCL.isIdentifier("1abc"))
    XCTAssertFalse(HCL.isIdentifier("has space"))
    XCTAssertFalse(HCL.isIdentifier("a:b"))
    XCTAssertFalse(HCL.isIdentifier(""))
    XCTAssertFalse(HCL.isIdentifier("null"))
  }

  /// Every byte after a first letter: letters, digits, `_` and `-` keep a name bare, nothing else does.
  func testIdentifierBytes() {
    for byte in UInt8(0)...UInt8(255) {
      let allowed = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte == 0x2D
      let name = String(decoding: [0x78, byte, 0x79], as: UTF8.self)  // x?y; non-ASCII bytes decode to U+FFFD
      XCTAssertEqual(HCL.isIdentifier(name), allowed, "byte \(byte)")
    }
  }

  func testBlockLabelsAreEscaped() {
    let file = HCL.File(body: HCL.Body([.block(HCL.Block(type: "output", labels: ["a\"b"], body: HCL.Body()))]))
    XCTAssertEqual(printer.print(file), "output \"a\\\"b\" {\n}\n")
  }
}
