// Declarative descriptions of subcommands, their arguments and options.

import Foundation

/// A subcommand: its name, what it does, its positional arguments and options.
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  var arguments: [ArgumentSpec]
  var options: [OptionSpec]
  var discussion: String = ""
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isRequired: Bool = true
}

/// A `--long` option that takes a value, or a flag when `valueName` is nil.
struct OptionSpec: Sendable {
  var long: String
  var valueName: String?
  var help: String
  var isFlag: Bool { valueName == nil }
}

/// What the command line asked for.
enum Invocation: Equatable {
  /// Print help (for the tool, or for one command) and exit 0.
  case help(String)
  /// Run a command with its parsed values.
  case run(ParsedCommand)
}

/// A command's parsed values.
struct ParsedCommand: Equatable {
  var name: String
  var arguments: [String: String] = [:]
  var options: [String: String] = [:]
  var flags: Set<String> = []

  /// `text` as a file URL, relative paths resolved against the working directory.
  static func path(_ text: String) -> URL {
    URL(fileURLWithPath: text, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
  }

  /// The `package-dir` argument (default: the working directory).
  var packageDirectory: URL { Self.path(arguments["package-dir"] ?? ".") }
}

/// A command line that does not fit the commands; the CLI prints it with usage and exits 64.
struct UsageError: Error, Equatable, CustomStringConvertible {
  var message: String
  /// The command whose usage to show, if the error is about one.
  var command: String?
  var description: String { message }
}
