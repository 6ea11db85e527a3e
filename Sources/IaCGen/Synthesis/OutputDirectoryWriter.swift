// Writes rendered files so that an output directory is replaced whole or not at all.

#if canImport(FoundationEssentials)
  // Foundation's core without its internationalization (ICU): a stack program that does not
  // import Foundation itself starts a few milliseconds sooner.
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files into a staging directory beside the output directory, then swaps the two
/// (atomically where the system can exchange paths), so a failure or an interruption never
/// leaves a half-written output: the previous output stays as it was.
///
/// Files are written concurrently, each straight from its text's UTF-8 storage.
public struct OutputDirectoryWriter: Sendable {
  public var outputDirectory: URL
  /// A pause after each file, so tests can interrupt a write midway.
  public var pauseAfterEachFile: TimeInterval = 0

  public init(outputDirectory: URL) { self.outputDirectory = outputDirectory }

  /// `.<out>.staging-<pid>-`: the prefix of this process's staging directories.
  private var stagingPrefix: String { ".\(outputDirectory.lastPathComponent).staging-" }

  /// Replaces the output directory with exactly `files`.
  public func write(_ files: [OutputFile]) throws {
    let fileManager = FileManager.default
    let parent = outputDirectory.deletingLastPathComponent()
    try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
    removeAbandonedStaging(in: parent)
    let staging = parent.appendingPathComponent(
      "\(stagingPrefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    do {
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
      try writeFiles(files, into: staging.path)
      try swapIntoPlace(staging)
    } catch {
      try? fileManager.removeItem(at: staging)
      throw error
    }
  }

  /// Creates the files' directories, then writes the files over every core.
  private func writeFiles(_ files: [OutputFile], into directory: String) throws {
    var directories: [String] = []
    for file in files {
      guard let slash = file.path.lastIndex(of: "/") else { continue }
      let subdirectory = String(file.path[..<slash])
      if !directories.contains(subdirectory) { directories.append(subdirectory) }
    }
    for subdirectory in directories {
      try FileManager.default.createDirectory(atPath: directory + "/" + subdirectory, withIntermediateDirectories: true)
    }
    let pause = pauseAfterEachFile
    let failures = files.concurrentMap { file -> FileFailure? in
      let path = directory + "/" + file.path
      if let failure = writeFile(file.contents, to: path) { return failure }
      if pause > 0 { usleep(UInt32(pause * 1_000_000)) }
      return nil
    }
    if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
  }

  /// Removes staging directories that interrupted runs left behind (their process is gone).
  private func removeAbandonedStaging(in parent: URL) {
    for name in names(in: parent.path, startingWith: stagingPrefix) {
      let pid = name.dropFirst(stagingPrefix.count).prefix { $0.isNumber }
      guard let pid = Int32(pid), pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
    }
  }

  /// The names of the entries of `directory` that start with `prefix`. Read with `readdir`:
  /// the output's parent may hold thousands of entries (a temporary directory), and only
  /// the matching names become strings.
  private func names(in directory: String, startingWith prefix: String) -> [String] {
    guard let stream = opendir(directory) else { return [] }
    defer { closedir(stream) }
    var names: [String] = []
    prefix.withCString { prefixBytes in
      let prefixLength = strlen(prefixBytes)
      while let entry = readdir(stream) {
        let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
          tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
            strncmp(name, prefixBytes, prefixLength) == 0 ? String(cString: name) : nil
          }
        }
        if let name { names.append(name) }
      }
    }
    return names
  }

  /// Moves `staging` to the output path; the previous output (now at `staging`) is removed.
  /// Another run may create the output between the check and the move: then exchange.
  private func swapIntoPlace(_ staging: URL) throws {
    let fileManager = FileManager.default
    if !fileManager.fileExists(atPath: outputDirectory.path) {
      do {
        try fileManager.moveItem(at: staging, to: outputDirectory)
        return
      } catch where fileManager.fileExists(atPath: outputDirectory.path) {
        // Lost the race to a concurrent run: replace its output whole, below.
      }
    }
    if exchangePaths(staging.path, outputDirectory.path) {
      try fileManager.removeItem(at: staging)
      return
    }
    let previous = staging.appendingPathExtension("previous")
    try fileManager.moveItem(at: outputDirectory, to: previous)
    try fileManager.moveItem(at: staging, to: outputDirectory)
    try fileManager.removeItem(at: previous)
  }
}

/// Creates (or truncates) the file at `path` and writes `text`'s UTF-8 bytes; nil on success.
private func writeFile(_ text: String, to path: String) -> FileFailure? {
  do {
    try FileDescriptor.create(path) { try $0.write(text) }
    return nil
  } catch {
    return error as? FileFailure ?? FileFailure(path: path, reason: "\(error)")
  }
}

#if canImport(Glibc)
  /// Atomically exchanges two paths with renameat2(RENAME_EXCHANGE), looked up at run time
  /// (glibc 2.28+); false when unavailable or refused.
  private func exchangePaths(_ a: String, _ b: String) -> Bool {
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
    let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
    let renameExchange: UInt32 = 2
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
  }
#elseif canImport(Darwin)
  /// Atomically exchanges two paths with renamex_np(RENAME_SWAP).
  private func exchangePaths(_ a: String, _ b: String) -> Bool { renamex_np(a, b, UInt32(RENAME_SWAP)) == 0 }
#endif
