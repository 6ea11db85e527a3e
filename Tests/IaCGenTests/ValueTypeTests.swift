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
}
