// Golden-file assertions with a record mode.

import Foundation
import IaCGen
import XCTest

/// The environment variable that records golden files instead of comparing them.
public let goldenRecordVariable = "IACGEN_RECORD"

/// Whether this run records golden files (`IACGEN_RECORD` set, and not to `0`).
public var isRecordingGoldenFiles: Bool {
  ProcessInfo.processInfo.environment[goldenRecordVariable].map { !$0.isEmpty && $0 != "0" } ?? false
}

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
  guard !isRecordingGoldenFiles, let data = FileManager.default.contents(atPath: url.path) else {
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

/// Asserts that the files under `directory` are those under `golden`, byte for byte: none
/// added, none missing, none changed. A mismatch lists each path with a line diff.
///
/// When `golden` is missing or `IACGEN_RECORD=1` is set, replaces it with a copy of
/// `directory` and fails, so a recording run never passes by accident.
///
/// The ownership marker (`iacgen-output.json`) is neither recorded nor compared: it lists the
/// other files' sizes and fingerprints, so it changes exactly when they do.
public func assertGoldenDirectory(_ directory: URL, matches golden: URL, file: StaticString = #filePath, line: UInt = #line) {
  guard !isRecordingGoldenFiles, FileManager.default.fileExists(atPath: golden.path) else {
    do {
      try? FileManager.default.removeItem(at: golden)
      try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: directory, to: golden)
      try? FileManager.default.removeItem(at: golden.appendingPathComponent(OutputMarker.fileName))
      XCTFail("Recorded new golden directory at \(golden.path); run again to compare", file: file, line: line)
    } catch {
      XCTFail("Cannot record \(golden.path): \(error)", file: file, line: line)
    }
    return
  }
  var actual = filesUnder(directory)
  var expected = filesUnder(golden)
  actual[OutputMarker.fileName] = nil
  expected[OutputMarker.fileName] = nil
  var report = ""
  for path in expected.keys.sorted() where actual[path] == nil { report += "missing: \(path)\n" }
  for path in actual.keys.sorted() where expected[path] == nil { report += "added: \(path)\n" }
  for path in actual.keys.sorted() {
    if let old = expected[path], let new = actual[path], old != new { report += "changed: \(path)\n" + lineDiff(old, new) }
  }
  if !report.isEmpty {
    XCTFail("\(golden.path) differs from the output (- golden, + actual; IACGEN_RECORD=1 re-records):\n" + report, file: file, line: line)
  }
}

/// Every regular file under `root`, by path relative to it.
func filesUnder(_ root: URL) -> [String: String] {
  var files: [String: String] = [:]
  let base = root.resolvingSymlinksInPath().path + "/"
  guard let walker = FileManager.default.enumerator(at: root.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
  for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
    let path = url.resolvingSymlinksInPath().path
    files[path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }
  return files
}
