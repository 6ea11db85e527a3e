// Golden-file assertions with a record mode.

import Foundation
import XCTest

/// The environment variable that records golden files instead of comparing them.
public let goldenRecordVariable = "IACGEN_RECORD"

/// Asserts that `actual` equals the golden file `__Snapshots__/<TestFile>/<name>` beside the
/// calling test file.
///
/// When the file is missing or `IACGEN_RECORD=1` is set, writes it and fails with
/// "Recorded new baseline", so a recording run never passes by accident. A mismatch shows a
/// line diff (`-` golden, `+` actual).
public func assertGolden(
  _ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line
) {
  let testFile = URL(fileURLWithPath: "\(file)")
  let url = testFile.deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
    .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    .appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment[goldenRecordVariable].map { !$0.isEmpty && $0 != "0" } ?? false
  guard !record, let data = FileManager.default.contents(atPath: url.path) else {
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      XCTFail("Recorded new baseline at \(url.path); run again to compare", file: file, line: line)
    } catch {
      XCTFail("Cannot record \(url.path): \(error)", file: file, line: line)
    }
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != actual {
    XCTFail(
      "\(name) differs from its golden file (- golden, + actual; IACGEN_RECORD=1 re-records):\n"
        + lineDiff(expected, actual), file: file, line: line)
  }
}

/// A minimal line diff: common prefix and suffix kept out, the differing middle shown.
func lineDiff(_ old: String, _ new: String) -> String {
  let a = old.split(separator: "\n", omittingEmptySubsequences: false)
  let b = new.split(separator: "\n", omittingEmptySubsequences: false)
  var prefix = 0
  while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
  var suffix = 0
  while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
  var text = "@@ line \(prefix + 1) @@\n"
  for line in a[prefix..<(a.count - suffix)] { text += "- \(line)\n" }
  for line in b[prefix..<(b.count - suffix)] { text += "+ \(line)\n" }
  return text
}
