// Writes rendered files so that an output directory is replaced whole or not at all, and only
// when iacgen can prove it wrote what it replaces.

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
/// atomically, so a failure or an interruption never leaves a half-written output: the
/// previous output stays as it was.
///
/// Ownership: every output carries an ``OutputMarker`` listing its files. An existing path is
/// replaced only when it is an empty directory or an output whose files are exactly those its
/// marker lists, unchanged; anything else (a directory iacgen did not write, a file, Terraform
/// state or a hand-written file added to an output, the package itself, the home directory,
/// `/`, a mount point) is refused with an ``OutputRefusal`` before anything changes. Deleting
/// an old output removes only the files its marker lists. The old output is checked again
/// after the swap, and swapped back if something was added in the meantime.
///
/// Files are written concurrently, each straight from its text's UTF-8 storage.
public struct OutputDirectoryWriter: Sendable {
  public var outputDirectory: URL
  /// The stack package the output belongs to: the output may not be it, hold it, or lie in
  /// its sources, tests, build or Git directory.
  public var package: URL?
  /// A pause after each file, so tests can interrupt a write midway.
  public var pauseAfterEachFile: TimeInterval = 0

  public init(outputDirectory: URL, package: URL? = nil) {
    self.outputDirectory = outputDirectory
    self.package = package
  }

  /// The output path: absolute, links resolved as far as it exists.
  public var resolvedPath: String { FileSystem.resolvedAsFarAsItExists(outputDirectory.standardizedFileURL.path) }

  /// Refuses, without writing, an output path iacgen may not replace (``write(_:)`` checks the
  /// same first).
  public func check() throws {
    let target = resolvedPath
    let ownership = OutputOwnership(package: package.map { FileSystem.resolvedAsFarAsItExists($0.standardizedFileURL.path) })
    try ownership.checkPlace(target)
    _ = try ownership.inspect(target)
  }

  /// Replaces the output directory with exactly `files` and their marker. Returns notes on
  /// what was kept (an earlier output's leftovers that iacgen did not write, if any appeared
  /// while it wrote); throws ``OutputRefusal`` when the path is not iacgen's to replace.
  @discardableResult
  public func write(_ files: [OutputFile]) throws -> [String] {
    let target = resolvedPath
    let ownership = OutputOwnership(package: package.map { FileSystem.resolvedAsFarAsItExists($0.standardizedFileURL.path) })
    try ownership.checkPlace(target)
    _ = try ownership.inspect(target)

    let parent = String(target[..<target.lastIndex(of: "/")!])
    try FileManager.default.createDirectory(atPath: parent.isEmpty ? "/" : parent, withIntermediateDirectories: true)
    let stagingPrefix = ".\(target.split(separator: "/").last!).staging-"
    removeAbandonedStaging(in: parent, prefix: stagingPrefix)
    let staging = parent + "/" + stagingPrefix + "\(getpid())-\(UUID().uuidString.prefix(8))"
    guard FileSystem.makeDirectory(staging) else { throw FileFailure.current(staging) }
    let marker = OutputMarker(files: files)
    do {
      // The marker first: whatever is in a staging directory is then provably iacgen's.
      if let failure = writeFile(marker.text, to: staging + "/" + OutputMarker.fileName) { throw failure }
      try writeFiles(files, into: staging)
    } catch {
      OutputOwnership.removeListedFiles(at: staging, marker: marker)
      throw error
    }
    return try swapIntoPlace(staging, target: target, marker: marker, ownership: ownership)
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

  /// Removes staging directories that interrupted runs left behind (their process is gone):
  /// the files their markers list, and the directories that leaves empty. Anything else in
  /// them stays.
  private func removeAbandonedStaging(in parent: String, prefix: String) {
    let ownership = OutputOwnership()
    for name in FileSystem.names(in: parent, startingWith: prefix) ?? [] {
      let pid = name.dropFirst(prefix.count).prefix { $0.isNumber }
      guard let pid = Int32(pid), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      let path = parent + "/" + name
      if name.hasSuffix(".previous") {
        // An earlier output moved aside: removed only while it holds what its marker lists.
        if case .owned(let marker)? = try? ownership.inspect(path) { OutputOwnership.removeListedFiles(at: path, marker: marker) }
      } else {
        // Files this run's marker lists were written by that run (the marker is written first).
        OutputOwnership.removeListedFiles(at: path, marker: try? ownership.readMarker(in: path))
      }
    }
  }

  /// Moves `staging` to the output path. When something stands there, the two are exchanged
  /// atomically and what was there (now at `staging`) is checked again: an output whose
  /// files are its marker's is removed; anything else is swapped back and refused.
  private func swapIntoPlace(_ staging: String, target: String, marker: OutputMarker, ownership: OutputOwnership) throws -> [String] {
    if FileSystem.status(target) == nil, FileSystem.renameWithoutReplacing(staging, target) { return [] }
    if FileSystem.status(target) == nil {
      // The rename failed for another reason than a path that appeared meanwhile.
      let failure = FileFailure.current(target)
      OutputOwnership.removeListedFiles(at: staging, marker: marker)
      throw failure
    }
    if FileSystem.exchange(staging, target) {
      let previous: ExistingOutput
      do {
        previous = try ownership.inspect(staging)
      } catch var refusal as OutputRefusal {
        // Something iacgen did not write arrived while it wrote: put it back as it was, and
        // remove the new files (at `staging` again).
        guard FileSystem.exchange(staging, target) else {
          refusal.path = staging
          throw refusal  // the earlier output, whole, is at `staging`; the message names it
        }
        OutputOwnership.removeListedFiles(at: staging, marker: marker)
        refusal.path = target
        throw refusal
      }
      if case .owned(let old) = previous {
        return OutputOwnership.removeListedFiles(at: staging, marker: old).map { "kept \(staging)/\($0): it holds files iacgen did not write" }
      }
      FileSystem.removeEmptyDirectory(staging)
      return []
    }
    // No atomic exchange on this system: move the old output aside, then the new one in.
    let aside = staging + ".previous"
    guard FileSystem.move(target, aside) else {
      let failure = FileFailure.current(target)
      OutputOwnership.removeListedFiles(at: staging, marker: marker)
      throw failure
    }
    guard FileSystem.move(staging, target) else {
      let failure = FileFailure.current(target)
      if FileSystem.move(aside, target) { OutputOwnership.removeListedFiles(at: staging, marker: marker) }
      throw failure
    }
    switch try? ownership.inspect(aside) {
    case .owned(let old)?:
      return OutputOwnership.removeListedFiles(at: aside, marker: old).map { "kept \(aside)/\($0): it holds files iacgen did not write" }
    case .emptyDirectory?, .nothing?:
      FileSystem.removeEmptyDirectory(aside)
      return []
    case nil:
      return ["kept the earlier output at \(aside): files iacgen did not write appeared in it while it wrote"]
    }
  }
}

/// Creates (or truncates) the file at `path` and writes `text`'s UTF-8 bytes; nil on success.
private func writeFile(_ text: String, to path: String) -> FileFailure? {
  do {
    try FileDescriptor.create(path) { try $0.write(text) }
    return nil
  } catch {
    return error as? FileFailure ?? FileFailure(path: path, reason: plainDescription(of: error))
  }
}
