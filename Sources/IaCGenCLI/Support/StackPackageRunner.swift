// Builds a user's stack package and runs its executable to get a synthesis report.

import Foundation
import IaCGen

/// Builds a stack package with `swift build` and runs its executable, which writes a
/// ``SynthesisReport`` to a file the runner names through `IACGEN_REPORT`.
struct StackPackageRunner {
  var packageDirectory: URL
  /// The executable product to run; found from the manifest when nil.
  var product: String?
  /// `debug` (the default: quickest to build) or `release` (quickest to run, for large apps).
  var configuration = "debug"
  var console: Console
  /// Whether the report should carry the resource graph (only `iacgen graph` reads it).
  var includingGraph = false
  /// How long the stack program may run (`--timeout`, in seconds) before it is stopped.
  var programTimeout: String?
  static let defaultProgramTimeout: TimeInterval = 600

  /// The package, product and configuration a command's arguments name
  /// (`<package-dir>`, `--product`, `--configuration`).
  init(_ parsed: ParsedCommand, console: Console) {
    packageDirectory = parsed.packageDirectory
    product = parsed.options["product"]
    configuration = parsed.options["configuration"] ?? "debug"
    programTimeout = parsed.options["timeout"]
    self.console = console
  }

  init(packageDirectory: URL, product: String?, console: Console) {
    self.packageDirectory = packageDirectory
    self.product = product
    self.console = console
  }

  func run() throws -> SynthesisReport {
    guard ["debug", "release"].contains(configuration) else {
      throw CommandFailure(message: "error: unknown configuration '\(configuration)'; use debug or release", exitCode: .usage)
    }
    let timeout = try programTimeout.map { text in
      guard let seconds = TimeInterval(text), seconds > 0, seconds.isFinite else {
        throw CommandFailure(message: "error: --timeout takes a number of seconds above 0, not '\(text)'", exitCode: .usage)
      }
      return seconds
    } ?? Self.defaultProgramTimeout
    guard let swift = findExecutable("swift") else {
      throw CommandFailure(message: "error: 'swift' is not on PATH; install the Swift toolchain", exitCode: .packageFailure)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: packageDirectory.appendingPathComponent("Package.swift").path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else {
      throw CommandFailure(
        message: "error: '\(packageDirectory.path)' is not a Swift package (no Package.swift)", exitCode: .usage)
    }
    let packagePath = packageDirectory.path
    let name = try product ?? executableProduct(swift: swift)
    console.err("Building \(name) (\(configuration)) in \(packagePath)...\n")
    let build = try runProcess(
      swift, ["build", "--package-path", packagePath, "--configuration", configuration, "--product", name], streamTo: FileHandle.standardError)
    guard build.status == 0 else {
      throw CommandFailure(message: "error: the stack package failed to build (swift build exited \(build.status))", exitCode: .packageFailure)
    }
    let executable = try builtExecutable(name, swift: swift)

    let reportURL = FileManager.default.temporaryDirectory
      .appendingPathComponent("iacgen-report-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).report")
    Interruption.shared.removesOnInterruption(reportURL.path)
    defer {
      try? FileManager.default.removeItem(at: reportURL)
      Interruption.shared.removed(reportURL.path)
    }
    var environment = ProcessInfo.processInfo.environment
    environment[SynthesisReport.environmentVariable] = reportURL.path
    environment[SynthesisReport.graphEnvironmentVariable] = includingGraph ? "1" : nil
    console.err("Running \(name)...\n")
    let outcome = try runProcess(executable, [], environment: environment, timeout: timeout)
    if outcome.timedOut {
      throw CommandFailure(
        message: "error: the stack program '\(name)' ran longer than \(String(format: "%g", timeout)) s and was stopped; nothing was written (a stack program only declares its App and calls run(): look for a loop or a wait in it, or pass --timeout for a very large app)\n"
          + outcome.standardError + outcome.standardOutput,
        exitCode: .packageFailure)
    }
    guard outcome.status == 0 else {
      throw CommandFailure(
        message: "error: the stack program '\(name)' failed (exit status \(outcome.status))\n" + outcome.standardError
          + outcome.standardOutput,
        exitCode: .packageFailure)
    }
    guard FileManager.default.fileExists(atPath: reportURL.path) else {
      throw CommandFailure(
        message: "error: the stack program '\(name)' exited without synthesizing: it never called run() on its App (end main.swift with `App { ... }.run()`)\n"
          + outcome.standardError + outcome.standardOutput,
        exitCode: .packageFailure)
    }
    do {
      return try SynthesisReport(contentsOfFile: reportURL.path)
    } catch SynthesisReportError.unsupportedFormatVersion(let version) {
      throw CommandFailure(
        message: "error: the stack program uses report format \(version); this iacgen reads \(SynthesisReport.currentFormatVersion). Use the same iacgen version for both",
        exitCode: .packageFailure)
    } catch {
      throw CommandFailure(
        message: "error: the stack program '\(name)' wrote a report this iacgen cannot read; build it with the same iacgen version (\(plainDescription(of: error)))",
        exitCode: .packageFailure)
    }
  }

  /// Where `swift build` put the executable `name`: under SwiftPM's `.build/<configuration>`
  /// link when it is there, else where `swift build --show-bin-path` says (a third of a
  /// second more).
  func builtExecutable(_ name: String, swift: String) throws -> String {
    let conventional = packageDirectory.appendingPathComponent(".build/\(configuration)/\(name)").path
    if FileManager.default.isExecutableFile(atPath: conventional) { return conventional }
    let binPath = try runProcess(swift, ["build", "--package-path", packageDirectory.path, "--configuration", configuration, "--show-bin-path"])
    guard binPath.status == 0 else {
      throw CommandFailure(message: "error: cannot locate the built executable:\n\(binPath.standardError)", exitCode: .packageFailure)
    }
    return binPath.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) + "/" + name
  }

  /// The package's only executable target. `swift package dump-package` takes over half a
  /// second, so the answer is kept in `.build/iacgen-executable` beside a copy of the
  /// manifests it came from, and asked for again only when a manifest changes.
  func executableProduct(swift: String) throws -> String {
    let cache = packageDirectory.appendingPathComponent(".build/iacgen-executable")
    let manifests = manifestContents()
    if let cached = try? Data(contentsOf: cache), let newline = cached.firstIndex(of: 0x0A),
      cached[(newline + 1)...].elementsEqual(manifests)
    {
      return String(decoding: cached[..<newline], as: UTF8.self)
    }
    let name = try executableProductFromManifest(swift: swift)
    try? FileManager.default.createDirectory(at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? (Data(name.utf8) + [0x0A] + manifests).write(to: cache, options: .atomic)
    return name
  }

  /// `Package.swift` and any version-specific `Package@swift-*.swift`, in name order, each
  /// after its name.
  func manifestContents() -> Data {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: packageDirectory.path)) ?? []
    var contents = Data()
    for name in names.sorted() where name == "Package.swift" || (name.hasPrefix("Package@swift-") && name.hasSuffix(".swift")) {
      contents += Data("\(name)\n".utf8) + ((try? Data(contentsOf: packageDirectory.appendingPathComponent(name))) ?? Data())
    }
    return contents
  }

  /// The package's only executable target, from `swift package dump-package`.
  func executableProductFromManifest(swift: String) throws -> String {
    let dump = try runProcess(swift, ["package", "--package-path", packageDirectory.path, "dump-package"])
    guard dump.status == 0, let data = dump.standardOutput.data(using: .utf8),
      let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else {
      throw CommandFailure(
        message: "error: cannot read the package manifest:\n\(dump.standardError)", exitCode: .packageFailure)
    }
    let targets = manifest["targets"] as? [[String: Any]] ?? []
    let executables = targets.filter { ($0["type"] as? String) == "executable" }.compactMap { $0["name"] as? String }
    switch executables.count {
    case 1: return executables[0]
    case 0:
      throw CommandFailure(
        message: "error: the package has no executable target; a stack package's executable calls App { ... }.run()",
        exitCode: .usage)
    default:
      throw CommandFailure(
        message: "error: the package has several executables (\(executables.sorted().joined(separator: ", "))); choose one with --product",
        exitCode: .usage)
    }
  }
}
