// Rendering diagnostics the way tests compare them.

import IaCGen

extension SynthesisResult {
  /// The diagnostics as the CLI prints them, with machine-independent `#fileID` paths.
  public var diagnosticText: String {
    diagnostics.sortedForDisplay().map(DiagnosticFormatter(pathStyle: .fileID).format).joined()
  }

  /// The rendered file at `path`, if any.
  public func file(_ path: String) -> String? { files.first { $0.path == path }?.contents }
}
