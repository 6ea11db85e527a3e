// StateMachine -> AWS::StepFunctions::StateMachine (Definition with DefinitionSubstitutions).

import JSONSyntax

extension CloudFormationEmitter {
  func translateStateMachine(_ machine: StateMachine, in index: ModelIndex) -> CloudFormationResource {
    var substitutions: [JSON.Member] = []
    func json(_ node: DefinitionNode) -> JSON.Value {
      switch node {
      case .string(let value):
        if let literal = value.literal { return .string(literal) }
        // Values known at deployment go through DefinitionSubstitutions.
        let key = "ref\(substitutions.count + 1)"
        substitutions.append(.init(key, CloudFormationValues.json(value)))
        return .string("${\(key)}")
      case .int(let number): return .int(number)
      case .double(let number): return .double(number)
      case .bool(let flag): return .bool(flag)
      case .array(let elements): return .array(elements.map(json))
      case .object(let members): return .object(members.map { .init($0.key, json($0.value)) })
      }
    }
    var properties = CloudFormationProperties()
    properties.set("StateMachineName", machine.physicalName)
    properties.set("StateMachineType", machine.type.rawValue)
    if let role = machine.roleID { properties.set("RoleArn", CloudFormationValues.getAtt(role.logicalID, "Arn")) }
    properties.set("Definition", json(machine.definitionDocument(in: index)))
    if !substitutions.isEmpty { properties.set("DefinitionSubstitutions", .object(substitutions)) }
    if let logs = machine.logGroupID {
      properties.set("LoggingConfiguration", .object([
        .init("Destinations", .array([.object([.init("CloudWatchLogsLogGroup", .object([
          .init("LogGroupArn", CloudFormationValues.json("\(StringValue.reference(Reference(target: logs, kind: .logGroup, attribute: .arn))):*")),
        ]))])])),
        .init("IncludeExecutionData", .bool(machine.logging == .all)),
        .init("Level", .string(machine.logging.rawValue)),
      ]))
    }
    properties.set("TracingConfiguration", .object([.init("Enabled", .bool(machine.tracing))]))
    properties.set("Tags", CloudFormationValues.tags(machine.tags))
    return CloudFormationResource(logicalID: machine.id.logicalID, type: "AWS::StepFunctions::StateMachine", properties: properties)
  }
}
