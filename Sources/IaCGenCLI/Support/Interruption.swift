// What iacgen does when it is interrupted: stop its child, remove its temporary files, exit.

import Foundation

/// On SIGINT, SIGTERM or SIGHUP, iacgen stops the child it is running (`swift build`, the stack
/// program, an engine: SIGTERM, then SIGKILL after 5 s), removes the temporary files it made
/// (the synthesis report), says so on stderr and exits 128 + the signal's number. An output
/// directory is only ever replaced whole, so an interrupted synth leaves the earlier one as it was.
final class Interruption: @unchecked Sendable {
  static let shared = Interruption()

  private let lock = NSLock()
  private var children: [Int32: String] = [:]
  private var temporaryFiles: Set<String> = []

  /// Installs the handlers (once, by the `iacgen` executable: not in tests that run commands
  /// in-process). A handler, unlike an ignored signal, is reset in the children it starts.
  static func install() {
    var descriptors: [Int32] = [0, 0]
    guard pipe(&descriptors) == 0 else { return }
    signalPipe = descriptors[1]
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { received in
        var byte = UInt8(truncatingIfNeeded: received)
        _ = write(signalPipe, &byte, 1)
      }
    }
    let reading = descriptors[0]
    Thread.detachNewThread {
      var byte: UInt8 = 0
      while read(reading, &byte, 1) != 1 {}
      shared.interrupted(by: Int32(byte))
    }
  }

  /// `process` (named `name` in the message) runs until `finished(_:)`.
  func running(_ process: Process, name: String) {
    lock.withLock { children[process.processIdentifier] = name }
  }

  func finished(_ process: Process) {
    _ = lock.withLock { children.removeValue(forKey: process.processIdentifier) }
  }

  /// `path` is removed if iacgen is interrupted before `removed(_:)`.
  func removesOnInterruption(_ path: String) {
    lock.withLock { _ = temporaryFiles.insert(path) }
  }

  func removed(_ path: String) {
    lock.withLock { _ = temporaryFiles.remove(path) }
  }

  private func interrupted(by signalNumber: Int32) -> Never {
    let (running, files) = lock.withLock { (children, temporaryFiles) }
    for pid in running.keys { kill(pid, SIGTERM) }
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline, running.keys.contains(where: { kill($0, 0) == 0 && !Self.exited($0) }) { Thread.sleep(forTimeInterval: 0.05) }
    for pid in running.keys where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    for file in files { unlink(file) }
    let stopped = running.values.sorted()
    let message = "\niacgen: interrupted" + (stopped.isEmpty ? "" : "; stopped \(stopped.joined(separator: ", "))") + "\n"
    FileHandle.standardError.write(Data(message.utf8))
    exit(128 + signalNumber)
  }

  /// Whether `pid` has exited (a zombie not yet reaped counts as exited).
  private static func exited(_ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return kill(pid, 0) != 0 }
    return status.split(separator: ")").last?.split(separator: " ").first == "Z"
  }
}

/// The write end of the pipe the signal handler wakes the handling thread through.
private var signalPipe: Int32 = -1
