import Foundation
@testable import IaCGen
import XCTest

/// The output writer replaces only what it can prove it wrote: each test puts a user's bytes
/// where a careless writer would destroy them, tries to write, and checks every byte survives.
final class OutputOwnershipTests: XCTestCase {
  let files = [
    OutputFile(path: "terraform/orders/main.tf", contents: "# main\n"),
    OutputFile(path: "terraform/orders/versions.tf", contents: "# versions\n"),
    OutputFile(path: "cloudformation/orders.template.json", contents: "{}\n"),
  ]
  let otherFiles = [OutputFile(path: "terraform/billing/main.tf", contents: "# billing\n")]

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-ownership-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return FileManager.default.temporaryDirectory.resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent)
  }

  /// Every entry under `directory` (relative path -> contents; directories as nil), links unfollowed.
  func snapshot(_ directory: URL) -> [String: Data?] {
    var result: [String: Data?] = [:]
    func walk(_ url: URL, _ relative: String) {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
        let child = url.appendingPathComponent(name)
        let path = relative + "/" + name
        let type = (try? FileManager.default.attributesOfItem(atPath: child.path)[.type] as? FileAttributeType)
        if type == .typeDirectory {
          result[path] = .some(nil)
          walk(child, path)
        } else if type == .typeSymbolicLink {
          result[path] = Data(((try? FileManager.default.destinationOfSymbolicLink(atPath: child.path)) ?? "").utf8)
        } else {
          result[path] = try? Data(contentsOf: child)
        }
      }
    }
    walk(directory, "")
    return result
  }

  func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Writing `files` to `out` is refused with `reason`, and nothing under `root` changes.
  func assertRefused(
    _ out: URL, root: URL, package: URL? = nil, where matches: (OutputRefusal.Reason) -> Bool, file: StaticString = #filePath, line: UInt = #line
  ) {
    let before = snapshot(root)
    XCTAssertFalse(before.isEmpty, "the test puts bytes to lose", file: file, line: line)
    do {
      try OutputDirectoryWriter(outputDirectory: out, package: package).write(files)
      XCTFail("the write was not refused", file: file, line: line)
    } catch let refusal as OutputRefusal {
      XCTAssertTrue(matches(refusal.reason), "\(refusal)", file: file, line: line)
    } catch {
      XCTFail("not a refusal: \(error)", file: file, line: line)
    }
    XCTAssertEqual(snapshot(root), before, "every byte survives", file: file, line: line)
  }

  func testAFreshOutputCarriesAMarkerListingEveryFile() throws {
    let out = try temporaryDirectory().appendingPathComponent("out")
    try OutputDirectoryWriter(outputDirectory: out).write(files)
    let marker = try OutputMarker(parsing: String(contentsOf: out.appendingPathComponent(OutputMarker.fileName), encoding: .utf8))
    XCTAssertEqual(marker.entries.map(\.path), files.map(\.path).sorted())
    XCTAssertEqual(marker.entries.map(\.byteCount), files.sorted().map { $0.contents.utf8.count })
    XCTAssertEqual(marker, OutputMarker(files: files), "the marker is read back as written")
    // An owned output is replaced whole: the old stack's files go, the new ones come.
    try OutputDirectoryWriter(outputDirectory: out).write(otherFiles)
    XCTAssertEqual(snapshot(out).keys.sorted(), ["/iacgen-output.json", "/terraform", "/terraform/billing", "/terraform/billing/main.tf"])
    // An owned output with a file the user deleted is still iacgen's.
    try FileManager.default.removeItem(at: out.appendingPathComponent("terraform/billing/main.tf"))
    XCTAssertNoThrow(try OutputDirectoryWriter(outputDirectory: out).write(files))
  }

  func testXXH64MatchesTheReferenceVectors() {
    XCTAssertEqual(hexDigits(xxh64("")), "ef46db3751d8e999")
    XCTAssertEqual(hexDigits(xxh64("a")), "d24ec4f1a98c6e5b")
    XCTAssertEqual(hexDigits(xxh64("abc")), "44bc2cf5ad770999")
    XCTAssertEqual(hexDigits(xxh64("Nobody inspects the spammish repetition")), "fbcea83c8a378bf1")
    // 1,283 bytes: every stripe, word, half-word and byte path (Python's xxhash module).
    var bytes: [UInt8] = []
    for _ in 0..<5 { bytes += (0...255).map(UInt8.init) }
    bytes += Array("xyz".utf8)
    XCTAssertEqual(hexDigits(bytes.withUnsafeBytes { xxh64($0) }), "afd18a3957d3670a")
  }

  func testADirectoryIacgenDidNotWriteIsRefused() throws {
    let root = try temporaryDirectory()
    try write("my notes\n", to: root.appendingPathComponent("out/notes.txt"))
    assertRefused(root.appendingPathComponent("out"), root: root) {
      if case .unmarked(let entries, _) = $0 { return entries == ["notes.txt"] }
      return false
    }
    // An empty directory holds nothing to lose: it is replaced.
    try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: false)
    XCTAssertNoThrow(try OutputDirectoryWriter(outputDirectory: root.appendingPathComponent("empty")).write(files))
  }

  func testAFileIsRefused() throws {
    let root = try temporaryDirectory()
    try write("a file\n", to: root.appendingPathComponent("out"))
    assertRefused(root.appendingPathComponent("out"), root: root) { $0 == .notADirectory }
  }

  func testFilesAddedToAnOwnedOutputAreListedAndKept() throws {
    let root = try temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try OutputDirectoryWriter(outputDirectory: out).write(files)
    for added in ["terraform/orders/terraform.tfstate", "terraform/orders/.terraform.lock.hcl", "terraform/orders/.terraform/providers/x", "terraform/orders/backend.tf"] {
      try write("user bytes\n", to: out.appendingPathComponent(added))
      assertRefused(out, root: root) {
        guard case .foreignEntries(let entries) = $0 else { return false }
        return entries.contains { added.hasPrefix($0.path) && !$0.modified }
      }
      try FileManager.default.removeItem(at: out.appendingPathComponent(added.hasPrefix("terraform/orders/.terraform/") ? "terraform/orders/.terraform" : added))
    }
    // A directory that holds a user's file but was iacgen's (a removed stack's module) is kept too.
    try OutputDirectoryWriter(outputDirectory: out).write(files)
    try write("keep me\n", to: out.appendingPathComponent("terraform/orders/notes.md"))
    assertRefused(out, root: root) { $0 == .foreignEntries([.init(path: "terraform/orders/notes.md", modified: false)]) }
  }

  func testAGeneratedFileChangedByHandIsRefused() throws {
    let root = try temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try OutputDirectoryWriter(outputDirectory: out).write(files)
    // Same size, other bytes: only the fingerprint tells.
    try write("# MAIN\n", to: out.appendingPathComponent("terraform/orders/main.tf"))
    assertRefused(out, root: root) { $0 == .foreignEntries([.init(path: "terraform/orders/main.tf", modified: true)]) }
    XCTAssertTrue("\(OutputRefusal(path: out.path, reason: .foreignEntries([.init(path: "terraform/orders/main.tf", modified: true)])))".contains("changed since iacgen wrote it"))
  }

  func testTheMessageSaysWhereTerraformStateBelongs() {
    let refusal = OutputRefusal(path: "/p/iacgen.out", reason: .foreignEntries([.init(path: "terraform/orders/terraform.tfstate", modified: false), .init(path: "terraform/orders/.terraform/", modified: false)]))
    XCTAssertTrue(refusal.description.contains("iacgen.state/<stack>/"), refusal.description)
    XCTAssertTrue(refusal.description.contains("TF_DATA_DIR"), refusal.description)
  }

  func testThePackageItsAncestorsAndItsSourcesAreRefused() throws {
    let root = try temporaryDirectory()
    let package = root.appendingPathComponent("pkg")
    try write("// swift-tools-version:5.9\n", to: package.appendingPathComponent("Package.swift"))
    try write("print(1)\n", to: package.appendingPathComponent("Sources/Stack/main.swift"))
    try FileManager.default.createDirectory(at: package.appendingPathComponent(".git"), withIntermediateDirectories: true)
    // Marked like an output, even: place comes first.
    try write("{}", to: package.appendingPathComponent(OutputMarker.fileName))
    assertRefused(package, root: root, package: package) { $0 == .packageDirectory }
    assertRefused(root, root: root, package: package) { $0 == .packageDirectory }
    assertRefused(package.appendingPathComponent("Sources"), root: root, package: package) { $0 == .insidePackage("Sources") }
    assertRefused(package.appendingPathComponent("Sources/Stack/generated"), root: root, package: package) { $0 == .insidePackage("Sources") }
    assertRefused(package.appendingPathComponent(".git"), root: root, package: package) { $0 == .insidePackage(".git") }
    // A path that reaches the package through a link is the package.
    let link = root.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: package)
    assertRefused(link, root: root, package: package) { $0 == .packageDirectory }
    assertRefused(package.appendingPathComponent("Sources/../Sources"), root: root, package: package) { $0 == .insidePackage("Sources") }
  }

  func testRootHomeAndMountPointsAreRefused() throws {
    XCTAssertThrowsError(try OutputDirectoryWriter(outputDirectory: URL(fileURLWithPath: "/")).check()) {
      XCTAssertEqual(($0 as? OutputRefusal)?.reason, .rootDirectory)
    }
    let home = try XCTUnwrap(ProcessInfo.processInfo.environment["HOME"])
    XCTAssertThrowsError(try OutputDirectoryWriter(outputDirectory: URL(fileURLWithPath: home)).check()) {
      XCTAssertEqual(($0 as? OutputRefusal)?.reason, .homeDirectory)
    }
    #if os(Linux)
      // /proc is another file system mounted on /.
      XCTAssertThrowsError(try OutputDirectoryWriter(outputDirectory: URL(fileURLWithPath: "/proc")).check()) {
        XCTAssertEqual(($0 as? OutputRefusal)?.reason, .mountPoint)
      }
    #endif
  }

  func testAnOutputReachedThroughALinkIsReplacedInPlaceAndTheLinkKept() throws {
    let root = try temporaryDirectory()
    let real = root.appendingPathComponent("real")
    try OutputDirectoryWriter(outputDirectory: real).write(files)
    let link = root.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    try OutputDirectoryWriter(outputDirectory: link).write(otherFiles)
    XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
    XCTAssertTrue(FileManager.default.fileExists(atPath: real.appendingPathComponent("terraform/billing/main.tf").path))
  }

  func testAFileAddedWhileWritingIsSwappedBackAndKept() throws {
    let root = try temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try OutputDirectoryWriter(outputDirectory: out).write(files)
    let before = snapshot(out)
    var writer = OutputDirectoryWriter(outputDirectory: out)
    writer.pauseAfterEachFile = 0.3
    // Add state to the old output after the writer checked it, while it writes the new one.
    let state = out.appendingPathComponent("terraform/orders/terraform.tfstate")
    let adder = Thread {
      Thread.sleep(forTimeInterval: 0.15)
      try? Data("{\"serial\": 7}\n".utf8).write(to: state)
    }
    adder.start()
    XCTAssertThrowsError(try writer.write(otherFiles + files)) { error in
      guard case .foreignEntries(let entries)? = (error as? OutputRefusal)?.reason else { return XCTFail("\(error)") }
      XCTAssertEqual(entries.map(\.path), ["terraform/orders/terraform.tfstate"])
    }
    var expected = before
    expected["/terraform/orders/terraform.tfstate"] = Data("{\"serial\": 7}\n".utf8)
    XCTAssertEqual(snapshot(out), expected, "the earlier output and the state are back, whole")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["out"], "the new files are gone")
  }

  func testAbandonedStagingLosesOnlyWhatItsMarkerLists() throws {
    let root = try temporaryDirectory()
    let out = root.appendingPathComponent("out")
    // A staging directory of a process that no longer runs (pid 2^22 + 1 is beyond pid_max's default).
    let staging = root.appendingPathComponent(".out.staging-4194305-abcdefgh")
    let marker = OutputMarker(files: files)
    try write(marker.text, to: staging.appendingPathComponent(OutputMarker.fileName))
    try write("# main\n", to: staging.appendingPathComponent("terraform/orders/main.tf"))
    try write("# half", to: staging.appendingPathComponent("terraform/orders/versions.tf"))
    try write("someone's\n", to: staging.appendingPathComponent("terraform/orders/theirs.txt"))
    try OutputDirectoryWriter(outputDirectory: out).write(files)
    XCTAssertEqual(snapshot(staging).keys.sorted(), ["/terraform", "/terraform/orders", "/terraform/orders/theirs.txt"])
  }

  func testAMarkerListingPathsOutsideTheOutputIsNotRead() throws {
    let root = try temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try write("precious\n", to: root.appendingPathComponent("precious.txt"))
    try write("""
      {"formatVersion": 1, "files": [{"path": "../precious.txt", "bytes": 9, "xxh64": "0000000000000000"}]}
      """, to: out.appendingPathComponent(OutputMarker.fileName))
    assertRefused(out, root: root) {
      if case .unreadableMarker = $0 { return true }
      return false
    }
  }

  func testEveryEarlierOutputOfANewerMarkerFormatIsRefused() throws {
    let root = try temporaryDirectory()
    let out = root.appendingPathComponent("out")
    try write("{\"formatVersion\": 2, \"files\": []}", to: out.appendingPathComponent(OutputMarker.fileName))
    assertRefused(out, root: root) {
      if case .unreadableMarker(let why) = $0 { return why.contains("format 2") }
      return false
    }
  }
}
