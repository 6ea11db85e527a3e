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
}
