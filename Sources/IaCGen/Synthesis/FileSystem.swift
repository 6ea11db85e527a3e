// The few file-system calls the output writer makes, on paths, without following links.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What stands at a path, from `lstat` (a symbolic link is reported as itself).
struct PathStatus {
  enum Kind { case directory, regularFile, other }
  var kind: Kind
  var device: UInt64
  var inode: UInt64
  var byteCount: Int
}

enum FileSystem {
  /// The entry at `path` without following a final symbolic link; nil when there is none.
  static func status(_ path: String) -> PathStatus? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    let type = info.st_mode & S_IFMT
    let kind: PathStatus.Kind = type == S_IFDIR ? .directory : type == S_IFREG ? .regularFile : .other
    return PathStatus(kind: kind, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), byteCount: Int(info.st_size))
  }

  /// The names in the directory at `path` (without `.` and `..`), those that start with
  /// `prefix` when given, in byte order; nil when it cannot be read. Read with `readdir`, so
  /// that a directory of thousands of entries (a temporary directory) costs strings only for
  /// the names that match.
  static func names(in path: String, startingWith prefix: String = "") -> [String]? {
    guard let stream = opendir(path) else { return nil }
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
        if let name, name != ".", name != ".." { names.append(name) }
      }
    }
    return names.sorted()
  }

  /// `path` with every symbolic link resolved; nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` absolute and with its links resolved as far as it exists: the longest existing
  /// prefix resolved, the rest appended as given (`.` and `..` already removed by the caller).
  static func resolvedAsFarAsItExists(_ path: String) -> String {
    if let resolved = realPath(path) { return resolved }
    var components = path.split(separator: "/").map(String.init)
    var missing: [String] = []
    while let last = components.popLast() {
      missing.insert(last, at: 0)
      let prefix = "/" + components.joined(separator: "/")
      if let resolved = realPath(prefix) { return (resolved == "/" ? "" : resolved) + "/" + missing.joined(separator: "/") }
    }
    return path
  }

  /// The XXH64 hash of the file at `path` and its size; nil when it cannot be read.
  static func fingerprint(_ path: String, byteCount: Int) -> UInt64? {
    guard byteCount > 0 else { return xxh64(UnsafeRawBufferPointer(start: nil, count: 0)) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount + 1, alignment: 16)
    defer { buffer.deallocate() }
    // One byte more than expected: a file that grew since `lstat` does not match.
    guard let read = try? FileDescriptor.open(path, { try $0.read(into: buffer) }), read == byteCount else { return nil }
    return xxh64(UnsafeRawBufferPointer(rebasing: buffer[..<byteCount]))
  }

  /// Removes the file (not a directory) at `path`; true when it is gone.
  @discardableResult
  static func removeFile(_ path: String) -> Bool { unlink(path) == 0 || errno == ENOENT }

  /// Removes the directory at `path` if it is empty; true when it is gone.
  @discardableResult
  static func removeEmptyDirectory(_ path: String) -> Bool { rmdir(path) == 0 || errno == ENOENT }

  /// Creates the directory at `path`; false when it exists or cannot be made.
  static func makeDirectory(_ path: String) -> Bool { mkdir(path, 0o755) == 0 }

  /// Renames `source` to `destination` unless something stands there: false when it does, or
  /// when the rename fails. Uses `renameat2(RENAME_NOREPLACE)` / `renamex_np(RENAME_EXCL)`
  /// where the system has it, so no other process can slip in between the check and the move.
  static func renameWithoutReplacing(_ source: String, _ destination: String) -> Bool {
    #if canImport(Glibc)
      if let result = renameat2(source, destination, flags: 1) { return result }
    #elseif canImport(Darwin)
      return renamex_np(source, destination, UInt32(RENAME_EXCL)) == 0
    #endif
    guard status(destination) == nil else { return false }
    return rename(source, destination) == 0
  }

  /// Atomically exchanges two paths; false when the system cannot, or refuses.
  static func exchange(_ a: String, _ b: String) -> Bool {
    #if canImport(Glibc)
      return renameat2(a, b, flags: 2) ?? false
    #elseif canImport(Darwin)
      return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
    #endif
  }

  /// Renames `source` to `destination`, replacing a file or an empty directory there.
  static func move(_ source: String, _ destination: String) -> Bool { rename(source, destination) == 0 }

  #if canImport(Glibc)
    /// `renameat2(source, destination, flags)` looked up at run time (glibc 2.28+): nil when the
    /// C library lacks it or the file system does not support the flag.
    private static func renameat2(_ source: String, _ destination: String, flags: UInt32) -> Bool? {
      typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
      let function = unsafeBitCast(symbol, to: RenameAt2.self)
      if function(AT_FDCWD, source, AT_FDCWD, destination, flags) == 0 { return true }
      return errno == EINVAL || errno == ENOSYS ? nil : false
    }
  #endif
}
