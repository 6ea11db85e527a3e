// An open file read or written in whole buffers, with the system's reason on failure.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be opened, read or written: its path and the system's reason.
struct FileFailure: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "\(path): \(reason)" }

  /// The failure `errno` describes.
  static func current(_ path: String) -> FileFailure { FileFailure(path: path, reason: String(cString: strerror(errno))) }
}

/// An open file, lent to a closure that reads or writes it.
struct FileDescriptor {
  let path: String
  private let descriptor: Int32

  /// Creates (or truncates) the file at `path` and lets `body` write it; closes it after,
  /// also when `body` throws.
  static func create<Result>(_ path: String, _ body: (FileDescriptor) throws -> Result) throws -> Result {
    try FileDescriptor(path: path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC).use(body)
  }

  /// Opens the file at `path` and lets `body` read it; closes it after.
  static func open<Result>(_ path: String, _ body: (FileDescriptor) throws -> Result) throws -> Result {
    try FileDescriptor(path: path, flags: O_RDONLY | O_CLOEXEC).use(body)
  }

  private func use<Result>(_ body: (FileDescriptor) throws -> Result) throws -> Result {
    let result: Result
    do {
      result = try body(self)
    } catch {
      _ = systemClose(descriptor)
      throw error
    }
    // A failed close can mean written data did not reach the disk.
    if systemClose(descriptor) != 0 { throw FileFailure.current(path) }
    return result
  }

  private init(path: String, flags: Int32) throws {
    self.path = path
    descriptor = systemOpen(path, flags, 0o644)
    guard descriptor >= 0 else { throw FileFailure.current(path) }
  }

  /// Writes all of `bytes`, retrying short and interrupted writes.
  func write(_ bytes: UnsafeRawBufferPointer) throws {
    let written = try repeatedly(bytes.count) { systemWrite(descriptor, bytes.baseAddress! + $0, bytes.count - $0) }
    guard written == bytes.count else { throw FileFailure(path: path, reason: "wrote \(written) of \(bytes.count) bytes") }
  }

  /// Writes `text`'s UTF-8 bytes straight from its storage.
  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }

  /// Reads into `buffer` until it is full or the file ends; returns how many bytes it read.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    try repeatedly(buffer.count) { systemRead(descriptor, buffer.baseAddress! + $0, buffer.count - $0) }
  }

  /// Calls `transfer(done)` (a read or write of the bytes from offset `done` on) until `count`
  /// bytes are done or a call moves none; retries interrupted calls. Returns the bytes done.
  private func repeatedly(_ count: Int, _ transfer: (_ done: Int) -> Int) throws -> Int {
    var done = 0
    while done < count {
      let result = transfer(done)
      if result < 0 {
        if errno == EINTR { continue }
        throw FileFailure.current(path)
      }
      if result == 0 { break }
      done += result
    }
    return done
  }
}

#if canImport(Glibc)
  private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
  private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { Glibc.write(descriptor, buffer, count) }
  private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(descriptor, buffer, count) }
  private func systemClose(_ descriptor: Int32) -> Int32 { Glibc.close(descriptor) }
#elseif canImport(Darwin)
  private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Darwin.open(path, flags, mode) }
  private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { Darwin.write(descriptor, buffer, count) }
  private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(descriptor, buffer, count) }
  private func systemClose(_ descriptor: Int32) -> Int32 { Darwin.close(descriptor) }
#endif
