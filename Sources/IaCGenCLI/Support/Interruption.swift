// What iacgen does when it is interrupted: stop its child, remove its temporary files, exit.

import Foundation

/// On SIGINT, SIGTERM or SIGHUP, iacgen stops the child it is running and exits 128 + the
/// signal's number, having removed the temporary files it made (the synthesis report). `swift
/// build` and the stack program get SIGTERM, then SIGKILL after 5 s. A deployment engine is
/// never killed: it may be writing its state. It gets SIGTERM or SIGHUP forwarded once (not
/// SIGINT, which Ctrl-C already sent it: a second interrupt makes Terraform quit without saving
/// its state), and iacgen waits for it to stop on its own. An output directory is only ever
/// replaced whole, so an interrupted synth leaves the earlier one as it was.
final class Interruption: @unchecked Sendable {
  static let shared = Interruption()

  private let lock = NSLock()
  private var children: [Int32: (process: Process, name: String, isEngine: Bool)] = [:]
  private var temporaryFiles: Set<String> = []
  private var interrupting = false

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

  /// `process` (named `name` in the message; a deployment engine when `isEngine`) runs until
  /// `finished(_:)`.
  func running(_ process: Process, name: String, isEngine: Bool = false) {
    lock.withLock { children[process.processIdentifier] = (process, name, isEngine) }
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

  /// Called where a child has just exited: if iacgen is being interrupted (the handler stopped
  /// that child), waits for the handler to end the process, so that the command does not go on
  /// to report the stopped child as a failure and exit first.
  func holdIfInterrupted() {
    guard lock.withLock({ interrupting }) else { return }
    while true { Thread.sleep(forTimeInterval: 1) }
  }

  private func interrupted(by signalNumber: Int32) -> Never {
    let (running, files) = lock.withLock {
      interrupting = true
      return (Array(children.values), temporaryFiles)
    }
    let engines = running.filter(\.isEngine).map(\.process)
    let others = running.filter { !$0.isEngine }.map(\.process)
    others.forEach(stop)
    if signalNumber != SIGINT { for engine in engines { kill(engine.processIdentifier, signalNumber) } }
    if !engines.isEmpty {
      FileHandle.standardError.write(Data("\niacgen: interrupted; waiting for the engine to stop and save its state\n".utf8))
    }
    // `stop` kills what outlives its grace period; engines are waited for however long they take.
    while (others + engines).contains(where: \.isRunning) { Thread.sleep(forTimeInterval: 0.05) }
    for file in files { unlink(file) }
    let stopped = running.map(\.name).sorted()
    let message = "\niacgen: interrupted" + (stopped.isEmpty ? "" : "; stopped \(stopped.joined(separator: ", "))") + "\n"
    FileHandle.standardError.write(Data(message.utf8))
    exit(128 + signalNumber)
  }
}

/// The write end of the pipe the signal handler wakes the handling thread through.
private var signalPipe: Int32 = -1
