// The marker iacgen writes into every output directory: proof of what it wrote there.

import JSONSyntax

/// `iacgen-output.json`, written into every output directory: each file iacgen wrote there,
/// with its size and XXH64 fingerprint. An output directory is replaced, and a file in it
/// deleted, only while the directory holds exactly what its marker lists.
public struct OutputMarker: Equatable, Sendable {
  /// The marker's name inside an output directory.
  public static let fileName = "iacgen-output.json"
  /// Bumped when the marker's shape changes.
  public static let formatVersion = 1

  /// One file iacgen wrote: its path relative to the output directory, its size and the
  /// XXH64 hash of its bytes.
  public struct Entry: Equatable, Sendable {
    public var path: String
    public var byteCount: Int
    public var fingerprint: UInt64
  }

  /// The files, in path order.
  public var entries: [Entry]

  /// The marker for `files` (fingerprints computed concurrently).
  public init(files: [OutputFile]) {
    entries = files.concurrentMap { file in Entry(path: file.path, byteCount: file.contents.utf8.count, fingerprint: xxh64(file.contents)) }
      .sorted { $0.path < $1.path }
  }

  /// The marker's text.
  public var text: String {
    let files = entries.map { entry -> JSON.Value in
      .object([
        .init("path", .string(entry.path)), .init("bytes", .int(entry.byteCount)), .init("xxh64", .string(hexDigits(entry.fingerprint))),
      ])
    }
    return JSON.Printer().print(
      .object([
        .init(
          "description",
          .string(
            "Written by iacgen with the files below. iacgen replaces this directory only while it holds exactly these files, unchanged; anything else found here stops it. See docs/deploying.md.")),
        .init("formatVersion", .int(Self.formatVersion)),
        .init("files", .array(files)),
      ]))
  }

  /// Reads a marker's text; throws a reason when it is not a marker this iacgen reads.
  public init(parsing text: String) throws {
    let value: JSON.Value
    do { value = try JSON.Value(parsing: text) } catch { throw MarkerError("it is not JSON (\(error))") }
    guard case .int(let version)? = value["formatVersion"] else { throw MarkerError("it has no formatVersion") }
    guard version == Self.formatVersion else {
      throw MarkerError("it is format \(version); this iacgen reads \(Self.formatVersion), so another iacgen version wrote it")
    }
    guard case .array(let files)? = value["files"] else { throw MarkerError("it lists no files") }
    entries = try files.map { file in
      guard case .string(let path)? = file["path"], case .int(let byteCount)? = file["bytes"], case .string(let digits)? = file["xxh64"],
        let fingerprint = UInt64(digits, radix: 16), Self.isRelativePath(path)
      else { throw MarkerError("an entry is not a relative path with its size and fingerprint") }
      return Entry(path: path, byteCount: byteCount, fingerprint: fingerprint)
    }
  }

  /// The entry for `path`, if the marker lists it.
  func entry(_ path: String) -> Entry? { entries.first { $0.path == path } }

  /// Every directory the listed files sit in (relative paths, parents before children).
  var directories: [String] {
    var result: [String] = []
    for entry in entries {
      var prefix = ""
      for component in entry.path.split(separator: "/").dropLast() {
        prefix += prefix.isEmpty ? String(component) : "/" + component
        if !result.contains(prefix) { result.append(prefix) }
      }
    }
    return result.sorted()
  }

  /// A path with no empty, `.` or `..` component that does not start with `/`: what a marker
  /// may list, so that acting on its entries never leaves the output directory.
  static func isRelativePath(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
  }
}

/// Why a marker could not be read.
public struct MarkerError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
