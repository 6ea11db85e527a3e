// `iacgen synth` and `iacgen validate`.

import Foundation
import IaCGen

/// Runs a stack package, prints its diagnostics, and (for synth) writes its outputs.
struct SynthCommand {
  var runner: StackPackageRunner
  /// Where to write; nil for `validate`, which writes nothing.
  var outputDirectory: URL?
  var warningsAsErrors: Bool
  /// `text` (compiler style, on stderr) or `json` (on stdout, for machine readers).
  var format: String
  var console: Console

  init(_ parsed: ParsedCommand, writes: Bool, console: Console) {
    runner = StackPackageRunner(parsed, console: console)
    outputDirectory =
      writes
      ? parsed.options["out"].map(ParsedCommand.path)
        ?? parsed.packageDirectory.appendingPathComponent("iacgen.out")
      : nil
    warningsAsErrors = parsed.flags.contains("warnings-as-errors")
    format = parsed.options["format"] ?? "text"
    self.console = console
  }

  func run() throws -> ExitCode {
    guard ["text", "json"].contains(format) else {
      throw CommandFailure(message: "error: unknown format '\(format)'; use text or json", exitCode: .usage)
    }
    // Refuse an output path that is not iacgen's before building anything.
    let writer = outputDirectory.map { directory in
      var writer = OutputDirectoryWriter(outputDirectory: directory, package: runner.packageDirectory)
      writer.pauseAfterEachFile = (ProcessInfo.processInfo.environment["IACGEN_WRITE_PAUSE_MS"].flatMap(Double.init) ?? 0) / 1000
      return writer
    }
    try writer.map(Self.check)
    let report = try runner.run()
    if format == "json" {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(["diagnostics": report.diagnostics.sortedForDisplay()])
      console.out(String(decoding: data, as: UTF8.self) + "\n")
    } else {
      console.err(DiagnosticFormatter(pathStyle: .filePath).format(report.diagnostics))
      console.out(formatCapacityTable(report.capacity))
    }
    let hasWarnings = report.diagnostics.contains { $0.severity == .warning && $0.suppressedBecause == nil }
    if report.diagnostics.hasErrors || (warningsAsErrors && hasWarnings) {
      console.err("error: validation failed; nothing was written\n")
      return .validationFailure
    }
    guard let writer else {
      summary("Validated \(report.stacks.count) stack\(report.stacks.count == 1 ? "" : "s"): \(report.stacks.joined(separator: ", ")).\n")
      return .success
    }
    for note in try Self.write(report.files, with: writer) { console.err("note: \(note)\n") }
    summary("Wrote \(report.files.count) files for \(report.stacks.joined(separator: ", ")) to \(writer.resolvedPath)\n")
    return .success
  }

  /// The closing line: on stdout as text, on stderr beside JSON (stdout holds one JSON document).
  private func summary(_ line: String) {
    if format == "json" { console.err(line) } else { console.out(line) }
  }

  /// Refuses an output path iacgen may not replace.
  static func check(_ writer: OutputDirectoryWriter) throws {
    do {
      try writer.check()
    } catch let refusal as OutputRefusal {
      throw CommandFailure(message: "error: \(refusal)", exitCode: .outputRefused)
    }
  }

  /// Writes `files` (and their marker) with `writer`; returns its notes.
  static func write(_ files: [OutputFile], with writer: OutputDirectoryWriter) throws -> [String] {
    do {
      return try writer.write(files)
    } catch let refusal as OutputRefusal {
      throw CommandFailure(message: "error: \(refusal)", exitCode: .outputRefused)
    } catch {
      throw CommandFailure(message: "error: cannot write \(writer.resolvedPath): \(plainDescription(of: error))", exitCode: .packageFailure)
    }
  }
}
