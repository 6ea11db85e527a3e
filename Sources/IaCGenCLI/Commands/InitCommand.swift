// `iacgen init`: a new stack package from templates/stack-package.

import Foundation
import IaCGen

/// Creates a stack package in a new (or empty) directory: a Package.swift that depends on
/// iacgen, a stack file sized for a scaling phase, a `main.swift` that runs it, and a test
/// file that uses IaCGenTesting. The package builds, synthesizes clean and tests green as is.
struct InitCommand {
  /// This checkout of iacgen: the templates come from here, and by default the new package
  /// depends on it by path.
  static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  var directory: URL
  var phase: ScalingPhase
  /// A path or a Git URL for the iacgen dependency.
  var iacgen: String
  var console: Console

  init(_ parsed: ParsedCommand, console: Console) throws {
    directory = ParsedCommand.path(parsed.arguments["dir"] ?? ".")
    let phaseName = parsed.options["phase"] ?? ScalingPhase.minimumViable.rawValue
    guard let phase = ScalingPhase(rawValue: phaseName) else {
      throw CommandFailure(
        message: "error: unknown phase '\(phaseName)'; use one of \(ScalingPhase.allCases.map(\.rawValue).joined(separator: ", "))",
        exitCode: .usage)
    }
    self.phase = phase
    iacgen = parsed.options["iacgen"] ?? Self.checkout.path
    self.console = console
  }

  /// The directory name's words in ASCII letters and digits: accents are dropped ("café" ->
  /// "cafe") and other characters separate words, so the names below are valid Swift module,
  /// SwiftPM target and stack names.
  static func words(_ directory: URL) -> [Substring] {
    let folded = directory.lastPathComponent.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
  }

  /// `path` as a shell word: as is when it is plain, else in single quotes.
  static func shellQuoted(_ path: String) -> String {
    let plain = path.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/._-+:@".unicodeScalars.contains($0)) }
    return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `my-orders` -> `MyOrders`: the package and module name.
  static func packageName(_ directory: URL) -> String {
    let name = words(directory).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    return name.first?.isLetter == true ? name : "Stack" + name
  }

  /// `MyOrders` -> `my-orders`: the stack name.
  static func stackName(_ directory: URL) -> String {
    let name = words(directory).map { $0.lowercased() }.joined(separator: "-")
    return name.first?.isLetter == true ? name : "stack-" + name
  }

  /// The placeholders' values; sizes follow docs/scaling-phases.md.
  func values() -> [String: String] {
    let sizes: (memory: Int, reserved: Int, rps: Int, rate: Int, burst: Int)
    switch phase {
    case .minimumViable: sizes = (128, 5, 10, 50, 100)
    case .earlyProduction: sizes = (512, 20, 100, 500, 1_000)
    case .growth: sizes = (1_024, 150, 1_000, 2_000, 2_000)
    case .scale: sizes = (1_769, 400, 3_000, 6_000, 5_000)
    }
    let phaseCase = ["minimum-viable": "minimumViable", "early-production": "earlyProduction"][phase.rawValue] ?? phase.rawValue
    let dependency = iacgen.contains("://") || iacgen.hasPrefix("git@")
      ? ".package(url: \"\(iacgen)\", branch: \"main\")"
      : ".package(name: \"iacgen\", path: \"\(iacgen)\")"
    return [
      "NAME": Self.packageName(directory), "STACK": Self.stackName(directory), "PHASE": phase.rawValue, "PHASE_CASE": phaseCase,
      "IACGEN_DEPENDENCY": dependency, "MEMORY": "\(sizes.memory)", "RESERVED": "\(sizes.reserved)", "RPS": "\(sizes.rps)",
      "RATE": "\(sizes.rate)", "BURST": "\(sizes.burst)",
    ]
  }

  /// Keeps the lines of `{{#phase}}` sections the phase reaches and of `{{^phase}}` sections
  /// it does not; drops the marker lines; fills in `{{NAME}}`-style placeholders.
  func render(_ template: String, _ values: [String: String]) -> String {
    let order: [ScalingPhase] = [.minimumViable, .earlyProduction, .growth, .scale]
    func reaches(_ name: String) -> Bool {
      guard let section = ScalingPhase(rawValue: name), let wanted = order.firstIndex(of: section) else { return false }
      return order.firstIndex(of: phase)! >= wanted
    }
    var kept: [Substring] = []
    var skipping: [Bool] = []
    for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.hasPrefix("// {{#") || text.hasPrefix("// {{^") {
        let name = String(text.dropFirst(6).dropLast(2))
        skipping.append(text.hasPrefix("// {{#") ? !reaches(name) : reaches(name))
        continue
      }
      if text.hasPrefix("// {{/") {
        _ = skipping.popLast()
        continue
      }
      if !skipping.contains(true) { kept.append(line) }
    }
    var result = kept.joined(separator: "\n")
    for (key, value) in values { result = result.replacingOccurrences(of: "{{\(key)}}", with: value) }
    return result
  }

  func run() throws -> ExitCode {
    let templates = Self.checkout.appendingPathComponent("templates/stack-package")
    let manager = FileManager.default
    guard manager.fileExists(atPath: templates.path) else {
      throw CommandFailure(message: "error: the templates are missing at \(templates.path); run iacgen from its checkout", exitCode: .packageFailure)
    }
    guard !Self.words(directory).isEmpty else {
      throw CommandFailure(
        message: "error: cannot name a package after '\(directory.lastPathComponent)': the directory's name needs ASCII letters or digits (they name the package, its module and the stack)",
        exitCode: .usage)
    }
    if let existing = try? manager.contentsOfDirectory(atPath: directory.path), !existing.isEmpty {
      throw CommandFailure(message: "error: \(directory.path) is not empty; iacgen init creates a package in a new or empty directory", exitCode: .usage)
    }
    let values = values()
    var written: [String] = []
    let walker = manager.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey], options: [])
    var sources: [URL] = []
    while let url = walker?.nextObject() as? URL {
      if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { sources.append(url) }
    }
    for source in sources.sorted(by: { $0.path < $1.path }) {
      let relative = String(source.standardizedFileURL.path.dropFirst(templates.standardizedFileURL.path.count + 1))
      let target = directory.appendingPathComponent(render(relative, values))
      do {
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(render(try String(contentsOf: source, encoding: .utf8), values).utf8).write(to: target)
      } catch {
        throw CommandFailure(message: "error: cannot write \(target.path): \(plainDescription(of: error))", exitCode: .packageFailure)
      }
      written.append(render(relative, values))
    }
    console.out("Created \(values["NAME"]!) (stack '\(values["STACK"]!)', phase \(phase.rawValue)) in \(directory.path):\n")
    for path in written { console.out("  \(path)\n") }
    let path = Self.shellQuoted(directory.path)
    console.out("Next: iacgen synth \(path)   and   swift test --package-path \(path)\n")
    return .success
  }
}
