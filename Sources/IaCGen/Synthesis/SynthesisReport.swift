// What a stack program hands the `iacgen` CLI.

/// The report a stack package's executable writes for the CLI: diagnostics and rendered
/// files. The CLI prints the diagnostics and, when there are no errors, writes the files.
public struct SynthesisReport: Codable, Sendable, Equatable {
  /// Bumped when the report's shape changes; the CLI refuses versions it does not know.
  public static let currentFormatVersion = 3
  /// The environment variable through which the CLI asks a stack program for a report.
  public static let environmentVariable = "IACGEN_REPORT"

  public var formatVersion: Int
  public var stacks: [String]
  public var diagnostics: [Diagnostic]
  public var files: [OutputFile]
  /// Declared load against provisioned capacity, for the table the CLI prints.
  public var capacity: [CapacityRow]
  /// Stacks, resources and references, for `iacgen graph`.
  public var graph: ResourceGraph

  public init(_ result: SynthesisResult) {
    self.formatVersion = Self.currentFormatVersion
    self.stacks = result.model.stacks.map(\.name)
    self.diagnostics = result.diagnostics
    self.files = result.files
    self.capacity = capacityTable(result.model)
    self.graph = ResourceGraph(result.model)
  }
}
