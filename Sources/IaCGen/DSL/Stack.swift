// Stacks: a name, a Region, a phase, tags and what the block declares.

/// A deployable unit: one Terraform root module and one CloudFormation template.
///
/// ```swift
/// Stack("queue-worker", region: .usEast1, phase: .earlyProduction, tags: ["team": "audio"]) {
///   dlq
///   primary
///   Output("queue-url", primary.url)
/// }
/// ```
public struct Stack: Sendable {
  public var name: String
  public var region: Region
  public var phase: ScalingPhase
  /// Tags that reach every taggable resource (a resource's own tags win).
  public var tags: [Tag]
  public var declarations: StackDeclarations
  /// Where Terraform keeps this stack's state; nil takes the app's.
  public var backend: TerraformBackend?
  public var location: SourceLocation

  public init(
    _ name: String,
    region: Region,
    phase: ScalingPhase = .minimumViable,
    tags: [String: String] = [:],
    backend: TerraformBackend? = nil,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column,
    @StackBuilder _ content: () -> [any StackComponent]
  ) {
    self.name = name
    self.region = region
    self.phase = phase
    self.tags = Tag.sorted(tags)
    self.backend = backend
    var declarations = StackDeclarations()
    for component in content() { component.declare(in: &declarations) }
    self.declarations = declarations
    self.location = SourceLocation(fileID, filePath, line, column)
  }
}
