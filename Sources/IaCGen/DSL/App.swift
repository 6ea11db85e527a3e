// An app: the stacks a stack package declares, and what they share.

/// The root of a stack package: its stacks, the account's quotas, where Terraform keeps state
/// and which AWS provider version it uses.
///
/// A stack package's `main.swift` builds an app and calls ``run()``:
/// ```swift
/// App(backend: .s3(bucket: "acme-terraform-state", region: .usEast1)) {
///   Stack("queue-worker", region: .usEast1) { ... }
/// }.run()
/// ```
public struct App: Sendable {
  public var stacks: [Stack]
  /// The account's quotas the aggregate checks use.
  public var quotas: AccountQuotas
  /// Where Terraform keeps each stack's state, unless the stack says otherwise (default: a
  /// local file per stack in `iacgen.state/` beside the output directory).
  public var backend: TerraformBackend
  /// The AWS provider version constraint every Terraform module requires.
  public var awsProvider: AWSProviderVersion
  public var location: SourceLocation

  public init(
    quotas: AccountQuotas = AccountQuotas(), backend: TerraformBackend = .local(), awsProvider: AWSProviderVersion = .tested,
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column,
    @AppBuilder _ stacks: () -> [Stack]
  ) {
    self.init(
      stacks: stacks(), quotas: quotas, backend: backend, awsProvider: awsProvider,
      location: SourceLocation(fileID, filePath, line, column))
  }

  public init(
    stacks: [Stack], quotas: AccountQuotas = AccountQuotas(), backend: TerraformBackend = .local(),
    awsProvider: AWSProviderVersion = .tested, fileID: StaticString = #fileID, filePath: StaticString = #filePath,
    line: UInt = #line, column: UInt = #column
  ) {
    self.init(
      stacks: stacks, quotas: quotas, backend: backend, awsProvider: awsProvider, location: SourceLocation(fileID, filePath, line, column))
  }

  init(stacks: [Stack], quotas: AccountQuotas, backend: TerraformBackend, awsProvider: AWSProviderVersion, location: SourceLocation) {
    self.stacks = stacks
    self.quotas = quotas
    self.backend = backend
    self.awsProvider = awsProvider
    self.location = location
  }
}
