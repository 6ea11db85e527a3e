import Foundation
@testable import IaCGen
import Testing

/// Small value types, in Swift Testing.
@Suite struct ValueTypeTests {
  @Test(arguments: [
    (TimeSpan.seconds(20), 20), (.minutes(15), 900), (.hours(2), 7_200), (.days(14), 1_209_600),
  ])
  func timeSpansAreWholeSeconds(span: TimeSpan, seconds: Int) {
    #expect(span.seconds == seconds)
    #expect(span.description == "\(seconds) s")
  }

  @Test func regionCodesAreKnown() {
    for region in [Region.usEast1, .usWest2, .euWest1, .apSoutheast1] {
      #expect(Region.knownCodes.contains(region.code))
    }
    #expect(!Region.knownCodes.contains("us-east-9"))
  }

  @Test func tagsAreSortedAndMerged() {
    let base = [Tag("b", "1"), Tag("a", "2")]
    #expect(Tag.merged(base, [Tag("b", "3")]) == [Tag("a", "2"), Tag("b", "3")])
  }

  /// Terraform and CloudFormation names split words at `-`, `_` and lower-to-upper changes.
  @Test func derivedNames() {
    let cases: [(String, String, String)] = [
      ("primary-queue", "primary_queue", "PrimaryQueue"), ("fooBar", "foo_bar", "FooBar"), ("a--b", "a_b", "AB"),
      ("x1Y", "x1_y", "X1Y"), ("HTTPServer", "httpserver", "HTTPServer"), ("_lead", "lead", "Lead"),
      ("api-v2Gateway", "api_v2_gateway", "ApiV2Gateway"), ("svc10-fn", "svc10_fn", "Svc10Fn"), ("émoji-x", "émoji_x", "ÉmojiX"),
    ]
    for (raw, terraform, cloudFormation) in cases {
      #expect(ResourceID(raw).terraformName == terraform, "\(raw)")
      #expect(ResourceID(raw).logicalID == cloudFormation, "\(raw)")
    }
  }

  /// IDs hash and compare by their bytes, however they were made, also after a change.
  @Test func resourceIDsAreEqualByBytes() throws {
    let literal: ResourceID = "orders-queue"
    var changed = ResourceID("orders")
    #expect(changed != literal)
    changed.rawValue += "-queue"
    let interpolated: ResourceID = "orders-\("queue")"
    for id in [changed, interpolated, ResourceID("orders-queue")] {
      #expect(id == literal)
      #expect(id.hashValue == literal.hashValue)
    }
    #expect(Set([literal, changed, interpolated]).count == 1)
    // Text that only normalizes alike (a composed and a decomposed accent) is another ID.
    let composed = ResourceID("caf\u{E9}"), decomposed = ResourceID("cafe\u{301}")
    #expect(composed != decomposed)
    // Ordered by bytes too, so two IDs that differ are never unordered.
    #expect((composed < decomposed) != (decomposed < composed))
    #expect(ResourceID("a-b") < ResourceID("a_b") && ResourceID("B") < ResourceID("a"))
    // The report's form is unchanged: {"rawValue": ...}.
    let encoded = try JSONEncoder().encode(literal)
    #expect(String(decoding: encoded, as: UTF8.self) == #"{"rawValue":"orders-queue"}"#)
    #expect(try JSONDecoder().decode(ResourceID.self, from: encoded) == literal)
  }

  /// A location captured from the compiler's literals equals one made of the same strings
  /// (as a report decodes it), hashes alike, and encodes the same.
  @Test func sourceLocationsFromLiteralsAndStrings() throws {
    let captured = IaCGen.SourceLocation("Stacks/Orders.swift", "/src/Stacks/Orders.swift", 27, 5)
    let decoded = IaCGen.SourceLocation(fileID: "Stacks/Orders.swift", filePath: "/src/Stacks/Orders.swift", line: 27, column: 5)
    #expect(captured == decoded)
    #expect(captured.hashValue == decoded.hashValue)
    #expect(captured.fileID == "Stacks/Orders.swift")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(
      String(decoding: try encoder.encode(captured), as: UTF8.self)
        == #"{"column":5,"fileID":"Stacks\/Orders.swift","filePath":"\/src\/Stacks\/Orders.swift","line":27}"#)
    #expect(try encoder.encode(captured) == encoder.encode(decoded))
    var moved = captured
    moved.filePath = "/elsewhere/Orders.swift"
    #expect(moved.fileID == captured.fileID)
    #expect(moved != captured)
  }
}
