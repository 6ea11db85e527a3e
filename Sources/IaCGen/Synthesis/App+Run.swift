// The entry point of a stack package's executable.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension App {
  /// Synthesizes the app and exits.
  ///
  /// Under `iacgen synth` / `iacgen validate` (which set `IACGEN_REPORT`), writes a
  /// ``SynthesisReport`` there for the CLI. Run directly, prints the diagnostics and a
  /// summary, and exits 1 when there are errors.
  public func run() -> Never {
    let result = synthesize(self)
    if let reportPath = environmentValue(SynthesisReport.environmentVariable), !reportPath.isEmpty {
      do {
        let includingGraph = environmentValue(SynthesisReport.graphEnvironmentVariable) == "1"
        try SynthesisReport(result, includingGraph: includingGraph).write(toFile: reportPath)
        exit(0)
      } catch {
        writeToStandardError("iacgen: cannot write the synthesis report to \(reportPath): \(plainDescription(of: error))\n")
        exit(2)
      }
    }
    let text = DiagnosticFormatter(pathStyle: .filePath).format(result.diagnostics)
    writeToStandardError(text)
    let names = result.model.stacks.map(\.name).joined(separator: ", ")
    print(
      result.hasErrors
        ? "Stacks \(names) have errors; nothing rendered."
        : "Stacks \(names) are valid (\(result.files.count) files rendered). Run `iacgen synth <package-dir>` to write them.")
    exit(result.hasErrors ? 1 : 0)
  }
}

/// The value of the environment variable `name`, if set.
private func environmentValue(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

/// Writes `text` to standard error, unbuffered.
private func writeToStandardError(_ text: String) {
  fputs(text, stderr)
}
