// Whether iacgen may replace what stands at an output path: only what it can prove it wrote.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why iacgen will not write an output directory at a path. Nothing was changed.
public struct OutputRefusal: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    /// The path is `/`.
    case rootDirectory
    /// The path is the home directory or one of its ancestors.
    case homeDirectory
    /// The path is the stack package, or a directory that holds it.
    case packageDirectory
    /// The path lies inside the package's sources, tests, build or Git directory (named).
    case insidePackage(String)
    /// Another file system is mounted at the path: an output is replaced by renaming it, which
    /// a mount point cannot be.
    case mountPoint
    /// A file or a link to one (not a directory) stands at the path.
    case notADirectory
    /// A directory that holds files but no marker: iacgen did not write it. Its first entries.
    case unmarked(entries: [String], more: Int)
    /// The directory's marker cannot be read.
    case unreadableMarker(String)
    /// An output iacgen wrote, holding files it did not write or files changed since.
    case foreignEntries([ForeignEntry])
  }

  /// An entry of an owned output that iacgen did not write as it stands.
  public struct ForeignEntry: Equatable, Sendable {
    /// The path relative to the output directory; a directory ends with `/`.
    public var path: String
    /// True when iacgen wrote the file and its bytes changed since; false when iacgen did not
    /// write it at all.
    public var modified: Bool
  }

  /// The output path, resolved.
  public var path: String
  public var reason: Reason

  public var description: String {
    switch reason {
    case .rootDirectory:
      return "\(path) is the root directory; give an output directory of its own, such as <package-dir>/iacgen.out"
    case .homeDirectory:
      return "\(path) is the home directory or holds it; give an output directory of its own, such as <package-dir>/iacgen.out"
    case .packageDirectory:
      return "\(path) is the stack package or holds it; iacgen would replace the package's own files. Give a directory of its own, such as <package-dir>/iacgen.out (the default)"
    case .insidePackage(let part):
      return "\(path) lies inside the package's \(part); iacgen writes only where it replaces nothing of the package's. Give a directory of its own, such as <package-dir>/iacgen.out (the default)"
    case .mountPoint:
      return "\(path) is a mount point; iacgen replaces its output by renaming it, which a mount point cannot be. Give a directory inside it"
    case .notADirectory:
      return "\(path) is a file, not a directory; iacgen replaces only directories it wrote. Move the file or give another --out"
    case .unmarked(let entries, let more):
      return "\(path) holds files iacgen did not write (it has no \(OutputMarker.fileName)): "
        + (entries + (more > 0 ? ["and \(more) more"] : [])).joined(separator: ", ")
        + ". iacgen replaces only an empty directory or one it wrote; give another --out, or empty the directory yourself"
    case .unreadableMarker(let why):
      return "\(path)/\(OutputMarker.fileName) cannot be read: \(why). iacgen cannot tell which files it wrote there; remove the directory yourself or give another --out"
    case .foreignEntries(let entries):
      var text = "\(path) holds \(entries.count == 1 ? "an entry" : "\(entries.count) entries") iacgen did not write as it stands; they would be lost if it replaced the directory:\n"
      for entry in entries.prefix(20) {
        text += "  \(entry.path)  (\(entry.modified ? "changed since iacgen wrote it" : "not written by iacgen"))\n"
      }
      if entries.count > 20 { text += "  and \(entries.count - 20) more\n" }
      var advice: [String] = []
      if entries.contains(where: { Self.isTerraformState($0.path) }) {
        advice.append(
          "Terraform state belongs to the stack's backend, outside the output: move each terraform.tfstate to iacgen.state/<stack>/ beside the output directory (the default local backend's path) or push it to your S3 backend, then synthesize again (docs/deploying.md)")
      }
      if entries.contains(where: { Self.isTerraformWorkingFile($0.path) }) {
        advice.append(
          "`.terraform/` and `.terraform.lock.hcl` are Terraform's working files: `iacgen deploy` keeps them in iacgen.state/<stack>/; run Terraform by hand with TF_DATA_DIR set as docs/deploying.md shows, and move or delete these")
      }
      if entries.contains(where: \.modified) {
        advice.append("Put changes to generated files into the Swift stack instead, then delete the changed files")
      }
      if advice.isEmpty { advice.append("Move these out of the output directory (nothing inside it survives a synthesis), then synthesize again") }
      return text + advice.map { "note: " + $0 }.joined(separator: "\n")
    }
  }

  static func isTerraformState(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasPrefix("terraform.tfstate") || name == ".terraform.tfstate.lock.info" || path.hasSuffix("terraform.tfstate.d/")
  }

  static func isTerraformWorkingFile(_ path: String) -> Bool {
    path.hasSuffix(".terraform/") || path.hasSuffix(".terraform.lock.hcl")
  }
}

/// What stands at an output path before a write, once it is known to be iacgen's to replace.
enum ExistingOutput: Equatable {
  /// Nothing.
  case nothing
  /// An empty directory.
  case emptyDirectory
  /// A directory iacgen wrote, holding its marker's files unchanged (some may be gone).
  case owned(OutputMarker)
}

/// Checks an output path: where it lies (never `/`, the home directory, the package or its
/// sources, a mount point) and what it holds (nothing, or exactly what its marker lists).
struct OutputOwnership {
  /// The stack package the output belongs to, resolved; nil when unknown.
  var package: String?

  /// Refuses a path iacgen must never replace, whatever it holds.
  func checkPlace(_ path: String) throws {
    if path == "/" { throw OutputRefusal(path: path, reason: .rootDirectory) }
    if let home = getenv("HOME").flatMap({ FileSystem.realPath(String(cString: $0)) }), home == path || home.hasPrefix(path + "/") {
      throw OutputRefusal(path: path, reason: .homeDirectory)
    }
    if let package {
      if package == path || package.hasPrefix(path + "/") { throw OutputRefusal(path: path, reason: .packageDirectory) }
      for part in ["Sources", "Tests", "Plugins", "Package.swift", ".build", ".git", ".swiftpm"] {
        let protected = package + "/" + part
        if path == protected || path.hasPrefix(protected + "/") { throw OutputRefusal(path: path, reason: .insidePackage(part)) }
      }
    }
    guard let status = FileSystem.status(path) else { return }
    guard status.kind == .directory else { throw OutputRefusal(path: path, reason: .notADirectory) }
    let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if let above = FileSystem.status(parent.isEmpty ? "/" : parent), above.device != status.device || above.inode == status.inode {
      throw OutputRefusal(path: path, reason: .mountPoint)
    }
  }

  /// What stands at `path`; throws when it holds anything iacgen cannot prove it wrote.
  func inspect(_ path: String) throws -> ExistingOutput {
    guard let status = FileSystem.status(path) else { return .nothing }
    guard status.kind == .directory else { throw OutputRefusal(path: path, reason: .notADirectory) }
    let names = FileSystem.names(in: path) ?? []
    if names.isEmpty { return .emptyDirectory }
    guard names.contains(OutputMarker.fileName) else {
      throw OutputRefusal(path: path, reason: .unmarked(entries: Array(names.prefix(10)), more: max(0, names.count - 10)))
    }
    let marker = try readMarker(in: path)
    var foreign: [OutputRefusal.ForeignEntry] = []
    let entries = Dictionary(marker.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    let directories = Set(marker.directories)
    collectForeignEntries(in: path, relative: "", entries: entries, directories: directories, into: &foreign)
    guard foreign.isEmpty else { throw OutputRefusal(path: path, reason: .foreignEntries(foreign)) }
    return .owned(marker)
  }

  /// The marker in the directory at `path`.
  func readMarker(in path: String) throws -> OutputMarker {
    let markerPath = path + "/" + OutputMarker.fileName
    guard let status = FileSystem.status(markerPath), status.kind == .regularFile else {
      throw OutputRefusal(path: path, reason: .unreadableMarker("it is not a file"))
    }
    do {
      let text = try FileDescriptor.open(markerPath) { file in
        try String(unsafeUninitializedCapacity: status.byteCount) { try file.read(into: UnsafeMutableRawBufferPointer($0)) }
      }
      return try OutputMarker(parsing: text)
    } catch {
      throw OutputRefusal(path: path, reason: .unreadableMarker(plainDescription(of: error)))
    }
  }

  /// Adds each entry under `directory` that the marker does not account for: files it does not
  /// list or whose bytes changed, directories none of its files sit in (named once, not
  /// entered), links and anything else.
  private func collectForeignEntries(
    in directory: String, relative: String, entries: [String: OutputMarker.Entry], directories: Set<String>,
    into foreign: inout [OutputRefusal.ForeignEntry]
  ) {
    for name in FileSystem.names(in: directory) ?? [] {
      let path = relative.isEmpty ? name : relative + "/" + name
      if path == OutputMarker.fileName { continue }
      let full = directory + "/" + name
      guard let status = FileSystem.status(full) else { continue }
      switch status.kind {
      case .directory where directories.contains(path):
        collectForeignEntries(in: full, relative: path, entries: entries, directories: directories, into: &foreign)
      case .directory:
        foreign.append(.init(path: path + "/", modified: false))
      case .regularFile:
        guard let entry = entries[path] else {
          foreign.append(.init(path: path, modified: false))
          continue
        }
        if status.byteCount != entry.byteCount || FileSystem.fingerprint(full, byteCount: status.byteCount) != entry.fingerprint {
          foreign.append(.init(path: path, modified: true))
        }
      case .other:
        foreign.append(.init(path: path, modified: false))
      }
    }
  }

  /// Removes from the directory at `path` the files `marker` lists, the marker, then every
  /// directory left empty, and `path` itself when empty. Nothing else is touched: entries the
  /// marker does not list stay, with the directories that hold them. Returns what was left.
  @discardableResult
  static func removeListedFiles(at path: String, marker: OutputMarker?) -> [String] {
    for entry in marker?.entries ?? [] { FileSystem.removeFile(path + "/" + entry.path) }
    FileSystem.removeFile(path + "/" + OutputMarker.fileName)
    var left: [String] = []
    for directory in (marker?.directories ?? []).reversed() where !FileSystem.removeEmptyDirectory(path + "/" + directory) {
      left.append(directory + "/")
    }
    if !FileSystem.removeEmptyDirectory(path) { left.append(".") }
    return left
  }
}
