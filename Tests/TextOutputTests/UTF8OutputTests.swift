import TextOutput
import XCTest

final class UTF8OutputTests: XCTestCase {
  /// The word-at-a-time scan finds the same byte as a byte-by-byte search, for every byte
  /// value at every position of texts longer and shorter than a word, from every start.
  func testFirstFlaggedMatchesAByteByByteSearch() {
    let flags: [(String, (UInt8) -> Bool)] = [
      ("quote", { $0 == 0x22 }),
      ("control or non-ASCII", { $0 < 0x20 || $0 >= 0x7F }),
      ("brace, dollar or percent", { $0 == 0x7B || $0 == 0x24 || $0 == 0x25 }),
      ("backslash", { $0 == 0x5C }),
    ]
    for length in [0, 1, 7, 8, 9, 16, 23] {
      for position in 0..<max(length, 1) {
        for special in UInt8.min...UInt8.max {
          var bytes = [UInt8](repeating: 0x61, count: length)
          if length > 0 { bytes[position] = special }
          bytes.withUnsafeBufferPointer { buffer in
            for (name, flag) in flags {
              for start in [0, position, min(position + 1, length)] {
                let expected = buffer.indices.first { $0 >= start && flag(buffer[$0]) }
                XCTAssertEqual(
                  UTF8Output.firstFlagged(buffer, from: start, flag), expected,
                  "\(name): byte \(special) at \(position) of \(length), from \(start)")
              }
            }
          }
        }
      }
    }
  }

  func testAppendsGrowPastTheInitialCapacity() {
    var output = UTF8Output(capacity: 16)
    var expected = ""
    for index in 0..<500 {
      output.append("item \(index)")
      output.append(0x2C)
      output.append(repeating: 0x20, count: index % 5)
      output.append("é" as StaticString)
      expected += "item \(index)," + String(repeating: " ", count: index % 5) + "é"
    }
    XCTAssertEqual(output.string(), expected)
    XCTAssertEqual(output.count, expected.utf8.count)
  }

  /// Text written into a string's own storage comes out the same whether it fits the
  /// capacity asked for, fills it exactly, or outgrows it (and is moved on the way).
  func testWritingStraightIntoAString() {
    for (capacity, repeats) in [(4096, 10), (64, 8), (16, 1), (16, 40), (100, 1_000), (0, 3)] {
      let text = UTF8Output.string(capacity: capacity) { lent in
        var output = lent
        for index in 0..<repeats {
          output.append("line \(index) é\n")
          output.append(repeating: 0x2D, count: index % 3)
        }
        return output
      }
      let expected = (0..<repeats).map { "line \($0) é\n" + String(repeating: "-", count: $0 % 3) }.joined()
      XCTAssertEqual(text, expected, "capacity \(capacity), \(repeats) lines")
    }
    let exact = UTF8Output.string(capacity: 32) { lent in
      var output = lent
      output.append(repeating: 0x41, count: 32)
      return output
    }
    XCTAssertEqual(exact, String(repeating: "A", count: 32))
  }
}
