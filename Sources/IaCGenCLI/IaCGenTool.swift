// The `iacgen` command: parses the command line and runs a command.

import Foundation
import IaCGen

/// The entry point of the `iacgen` executable.
public enum IaCGenTool {
  /// Runs with `arguments` (without the tool's name) and returns the exit code.
  public static func main(_ arguments: [String]) -> Int32 {
    Interruption.install()
    let code = run(arguments, console: Console())
    Interruption.shared.holdIfInterrupted()
    return code.rawValue
  }

  static func run(_ arguments: [String], console: Console) -> ExitCode {
    let parser = Commands.parser
    let invocation: Invocation
    do {
      invocation = try parser.parse(arguments)
    } catch let error as UsageError {
      let usage = error.command.flatMap { name in parser.commands.first { $0.name == name } }.map(parser.usage)
        ?? parser.toolUsage()
      console.err("error: \(error.message)\n\(usage)\nSee 'iacgen --help'.\n")
      return .usage
    } catch {
      console.err("error: \(plainDescription(of: error))\n")
      return .usage
    }
    switch invocation {
    case .help(let text):
      console.out(text)
      return .success
    case .run(let parsed):
      do {
        switch parsed.name {
        case "synth": return try SynthCommand(parsed, writes: true, console: console).run()
        case "rules": return try RulesCommand(parsed, console: console).run()
        case "graph": return try GraphCommand(parsed, console: console).run()
        case "diff": return try DiffCommand(parsed, console: console).run()
        case "init": return try InitCommand(parsed, console: console).run()
        case "deploy": return try DeployCommand(parsed, destroying: false, console: console).run()
        case "destroy": return try DeployCommand(parsed, destroying: true, console: console).run()
        default: return try SynthCommand(parsed, writes: false, console: console).run()
        }
      } catch let failure as CommandFailure {
        console.err(failure.message.hasSuffix("\n") ? failure.message : failure.message + "\n")
        return failure.exitCode
      } catch {
        console.err("error: \(plainDescription(of: error))\n")
        return .packageFailure
      }
    }
  }
}
