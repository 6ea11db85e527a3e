// Rules for Step Functions state machines.

enum StateMachineRules {
  static let all: [Rule] = [concurrency, transitions, express, retries, name]

  static let concurrency = Rule(
    "SFN001", .error, "Map states run 0 (unlimited) or more iterations at once; waits are not negative",
    source: "Map MaxConcurrency >= 0; https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html"
  ) { context in
    for machine in context.stack.stateMachines {
      for workflow in machine.allWorkflows {
        for state in workflow.states {
          if case .map(let name, _, let limit, _, _, _, _, _) = state, limit < 0 {
            context.report(
              "state machine '\(machine.id)' has Map state '\(name)' with a maximum concurrency of \(limit); use 0 (no limit) or more",
              about: .stateMachine(machine))
          }
          if case .wait(let name, let seconds, _, _) = state, seconds < 0 {
            context.report("state machine '\(machine.id)' waits \(seconds) s in state '\(name)'; use 0 or more", about: .stateMachine(machine))
          }
        }
      }
    }
  }

  static let transitions = Rule(
    "SFN002", .error, "State names are unique (1-80 characters); StartAt and every Next, Default and Catch name a state of the same workflow",
    source: "Amazon States Language; https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html"
  ) { context in
    for machine in context.stack.stateMachines {
      for workflow in machine.allWorkflows {
        var names = Set<String>()
        for state in workflow.states {
          if !names.insert(state.name).inserted || !(1...80).contains(state.name.count) {
            context.report(
              "state machine '\(machine.id)' has state name '\(state.name)' twice or of the wrong length (1 to 80 characters)",
              about: .stateMachine(machine))
          }
        }
        for target in [workflow.startAt] + workflow.states.flatMap(\.transitions) where !names.contains(target) {
          context.report(
            "state machine '\(machine.id)' goes to state '\(target)', which its workflow does not have", about: .stateMachine(machine))
        }
      }
    }
  }

  static let express = Rule(
    "SFN003", .error, "Express workflows cannot wait for ECS tasks (.sync)", source: "Step Functions service integrations: .sync is Standard only; https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html"
  ) { context in
    for machine in context.stack.stateMachines where machine.type == .express {
      for case .runTask(let service) in machine.taskActions {
        context.report(
          "express state machine '\(machine.id)' runs service '\(service)' tasks and waits for them; only standard workflows can wait (.sync)",
          about: .stateMachine(machine))
      }
    }
  }

  static let retries = Rule(
    "SFN004", .error, "Retries: 0 or more attempts, interval of at least 1 s, backoff rate of at least 1",
    source: "Amazon States Language Retry; https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
  ) { context in
    for machine in context.stack.stateMachines {
      for workflow in machine.allWorkflows {
        for state in workflow.states {
          let retries: [Retry]
          switch state {
          case .task(_, _, let retry, _, _, _), .map(_, _, _, _, let retry, _, _, _), .parallel(_, _, let retry, _, _, _): retries = retry
          default: retries = []
          }
          for retry in retries where retry.maxAttempts < 0 || retry.interval.seconds < 1 || retry.backoffRate < 1 {
            context.report(
              "state machine '\(machine.id)' retries state '\(state.name)' \(retry.maxAttempts) times every \(retry.interval) with backoff \(formatNumber(retry.backoffRate)); use 0 or more attempts, at least 1 s and a backoff of at least 1",
              about: .stateMachine(machine))
          }
        }
      }
    }
  }

  static let name = Rule(
    "SFN005", .error, "State machine names are 1-80 letters, digits, '-' and '_'", source: "CreateStateMachine name; https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html"
  ) { context in
    for machine in context.stack.stateMachines {
      let name = machine.physicalName
      let valid = (1...80).contains(name.count)
        && name.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
      if !valid {
        context.report("state machine '\(machine.id)' would be named '\(name)'; names are 1 to 80 letters, digits, '-' and '_'", about: .stateMachine(machine))
      }
    }
  }
}
