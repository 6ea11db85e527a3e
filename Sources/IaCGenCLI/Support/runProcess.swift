// Runs a child process.

import Foundation

/// The outcome of a child process.
struct ProcessOutcome {
  var status: Int32
  /// Whether the process ran past its timeout and was stopped.
  var timedOut = false
  var standardOutput: String
  var standardError: String
}

/// Runs `executable` with `arguments`, capturing its output; when `streamErrorTo` is set,
/// both streams are forwarded there live instead of captured (build progress). After
/// `timeout` seconds the process is stopped (`stop(_:)`).
func runProcess(
  _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
  streamTo stream: FileHandle? = nil, timeout: TimeInterval? = nil
) throws -> ProcessOutcome {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  if let environment { process.environment = environment }
  process.standardInput = FileHandle.nullDevice
  let outPipe = Pipe()
  let errPipe = Pipe()
  if let stream {
    process.standardOutput = stream
    process.standardError = stream
  } else {
    process.standardOutput = outPipe
    process.standardError = errPipe
  }
  try process.run()
  Interruption.shared.running(process, name: URL(fileURLWithPath: executable).lastPathComponent)
  defer { Interruption.shared.finished(process) }
  let stopped = TimeoutFlag()
  if let timeout {
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
      guard process.isRunning else { return }
      stopped.value = true
      stop(process)
    }
  }
  var outData = Data()
  let errData = DataBox()
  if stream == nil {
    // Read both pipes concurrently so neither fills up and blocks the child.
    let group = DispatchGroup()
    group.enter()
    let errHandle = errPipe.fileHandleForReading
    DispatchQueue.global().async {
      errData.data = errHandle.readDataToEndOfFile()
      group.leave()
    }
    outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
  }
  process.waitUntilExit()
  Interruption.shared.holdIfInterrupted()
  return ProcessOutcome(
    status: process.terminationStatus, timedOut: stopped.value, standardOutput: String(decoding: outData, as: UTF8.self),
    standardError: String(decoding: errData.data, as: UTF8.self))
}

/// How long a stopped child has to exit after SIGTERM before it gets SIGKILL.
let stopGraceSeconds: TimeInterval = 5

/// Stops `process`: SIGTERM now, SIGKILL if it still runs `stopGraceSeconds` later.
func stop(_ process: Process) {
  let pid = process.processIdentifier
  kill(pid, SIGTERM)
  DispatchQueue.global().asyncAfter(deadline: .now() + stopGraceSeconds) { if process.isRunning { kill(pid, SIGKILL) } }
}

/// Set by the timeout's timer thread, read after the process has exited.
private final class TimeoutFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false
  var value: Bool {
    get { lock.withLock { stopped } }
    set { lock.withLock { stopped = newValue } }
  }
}

/// The absolute path of `name` on PATH, if any.
func findExecutable(_ name: String) -> String? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for directory in path.split(separator: ":") {
    let candidate = String(directory) + "/" + name
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  return nil
}

/// Holds data written by one thread and read by another after a DispatchGroup wait.
private final class DataBox: @unchecked Sendable {
  var data = Data()
}

/// Runs `executable` with `arguments` in `directory`, passing its standard output and error,
/// merged, to `forward` as they come (a deployment engine's progress); returns its exit status.
func runStreaming(
  _ executable: String, _ arguments: [String], environment: [String: String], directory: URL? = nil, forward: (String) -> Void
) throws -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.environment = environment
  if let directory { process.currentDirectoryURL = directory }
  process.standardInput = FileHandle.nullDevice
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  Interruption.shared.running(process, name: URL(fileURLWithPath: executable).lastPathComponent, isEngine: true)
  defer { Interruption.shared.finished(process) }
  let reading = pipe.fileHandleForReading
  var pending = Data()
  while true {
    let chunk = reading.availableData
    if chunk.isEmpty { break }
    pending += chunk
    // Forward whole lines (a UTF-8 sequence never spans a newline).
    if let newline = pending.lastIndex(of: 0x0A) {
      forward(String(decoding: pending[...newline], as: UTF8.self))
      pending = Data(pending[(newline + 1)...])
    }
  }
  if !pending.isEmpty { forward(String(decoding: pending, as: UTF8.self)) }
  process.waitUntilExit()
  Interruption.shared.holdIfInterrupted()
  return process.terminationStatus
}
