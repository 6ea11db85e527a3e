// Parses `iacgen <command> [arguments] [options]` against command specs.

/// Parses command lines against a set of subcommands, and renders help and usage.
struct ArgumentParser: Sendable {
  var toolName: String
  var abstract: String
  var commands: [CommandSpec]

  /// Parses `arguments` (without the tool's own name).
  func parse(_ arguments: [String]) throws -> Invocation {
    guard let first = arguments.first else { throw UsageError(message: "missing command") }
    if first == "--help" || first == "-h" || first == "help" {
      if first == "help", arguments.count > 1 {
        guard let command = commands.first(where: { $0.name == arguments[1] }) else {
          throw UsageError(message: "unknown command '\(arguments[1])'")
        }
        return .help(help(for: command))
      }
      return .help(toolHelp())
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      throw UsageError(message: "unknown command '\(first)'")
    }
    var parsed = ParsedCommand(name: command.name)
    var positionals: [String] = []
    var index = 1
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      if argument == "--help" || argument == "-h" { return .help(help(for: command)) }
      var name = String(argument.drop(while: { $0 == "-" }))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard argument.hasPrefix("--"), let option = command.options.first(where: { $0.long == name }) else {
        throw UsageError(message: "unknown option '\(argument)'", command: command.name)
      }
      if option.isFlag {
        if inlineValue != nil {
          throw UsageError(message: "option '--\(name)' takes no value", command: command.name)
        }
        parsed.flags.insert(name)
      } else if let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil), inlineValue != nil || !value.hasPrefix("--") {
        if inlineValue == nil { index += 1 }
        if parsed.options[name] != nil {
          throw UsageError(message: "option '--\(name)' is given twice", command: command.name)
        }
        parsed.options[name] = value
      } else {
        throw UsageError(message: "missing value for '--\(name) <\(option.valueName!)>'", command: command.name)
      }
    }
    for (position, spec) in command.arguments.enumerated() {
      if position < positionals.count {
        parsed.arguments[spec.name] = positionals[position]
      } else if spec.isRequired {
        throw UsageError(message: "missing argument '<\(spec.name)>'", command: command.name)
      }
    }
    if positionals.count > command.arguments.count {
      throw UsageError(message: "unexpected argument '\(positionals[command.arguments.count])'", command: command.name)
    }
    return .run(parsed)
  }

  /// `usage: iacgen synth <package-dir> [--out <dir>] ...`
  func usage(for command: CommandSpec) -> String {
    var parts = ["usage: \(toolName) \(command.name)"]
    for argument in command.arguments { parts.append(argument.isRequired ? "<\(argument.name)>" : "[<\(argument.name)>]") }
    for option in command.options {
      parts.append(option.isFlag ? "[--\(option.long)]" : "[--\(option.long) <\(option.valueName!)>]")
    }
    return parts.joined(separator: " ")
  }

  /// The tool's usage line listing its commands.
  func toolUsage() -> String { "usage: \(toolName) <command> [<arguments>] [<options>]" }

  /// Help for one command: abstract, usage, arguments, options, discussion.
  func help(for command: CommandSpec) -> String {
    var text = "\(command.abstract)\n\n\(usage(for: command))\n"
    if !command.arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      for argument in command.arguments { text += row("<\(argument.name)>", argument.help) }
    }
    text += "\nOPTIONS:\n"
    for option in command.options {
      text += row(option.isFlag ? "--\(option.long)" : "--\(option.long) <\(option.valueName!)>", option.help)
    }
    text += row("-h, --help", "Show help for this command.")
    if !command.discussion.isEmpty { text += "\n" + command.discussion + "\n" }
    return text
  }

  /// Help for the tool: abstract, usage and the commands.
  func toolHelp() -> String {
    var text = "\(abstract)\n\n\(toolUsage())\n\nCOMMANDS:\n"
    for command in commands { text += row(command.name, command.abstract) }
    text += "\nSee '\(toolName) help <command>' for a command's arguments and options.\n"
    return text
  }

  private func row(_ name: String, _ help: String) -> String {
    let padded = name.count < 24 ? name + String(repeating: " ", count: 24 - name.count) : name + "  "
    return "  " + padded + help + "\n"
  }
}
