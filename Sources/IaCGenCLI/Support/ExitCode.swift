// The CLI's exit codes.

/// Exit codes of `iacgen`.
struct ExitCode: RawRepresentable, Equatable, Sendable {
  var rawValue: Int32

  /// Success (warnings may have been printed).
  static let success = ExitCode(rawValue: 0)
  /// Validation found errors; nothing was written.
  static let validationFailure = ExitCode(rawValue: 1)
  /// The stack package failed to build or run.
  static let packageFailure = ExitCode(rawValue: 2)
  /// The output directory is not iacgen's to replace (it holds files iacgen did not write,
  /// or it is the package, the home directory, `/`, a mount point or a file); nothing changed.
  static let outputRefused = ExitCode(rawValue: 3)
  /// `iacgen diff` found, or `iacgen deploy` refused, a change that replaces or removes a
  /// stateful resource.
  static let replacesStatefulResource = ExitCode(rawValue: 4)
  /// A deployment engine (Terraform or the AWS CLI) failed, or is missing.
  static let engineFailure = ExitCode(rawValue: 5)
  /// Bad command line (EX_USAGE).
  static let usage = ExitCode(rawValue: 64)
}

/// A failure that ends a command with a message and an exit code.
struct CommandFailure: Error {
  var message: String
  var exitCode: ExitCode
}
