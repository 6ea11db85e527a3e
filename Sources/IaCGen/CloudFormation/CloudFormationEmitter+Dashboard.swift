// Dashboard -> AWS::CloudWatch::Dashboard (the body as JSON text through Fn::Sub).

import JSONSyntax

extension CloudFormationEmitter {
  func translateDashboard(_ dashboard: Dashboard) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("DashboardName", dashboard.physicalName)
    properties.set("DashboardBody", .object([.init("Fn::Sub", .string(subTemplate(dashboard.body)))]))
    return CloudFormationResource(logicalID: dashboard.id.logicalID, type: "AWS::CloudWatch::Dashboard", properties: properties)
  }

  /// A definition tree as compact JSON text for `Fn::Sub`: references become `${...}`, and
  /// literal text is JSON-escaped, then `${` escaped for Fn::Sub.
  private func subTemplate(_ node: DefinitionNode) -> String {
    switch node {
    case .string(let value):
      var text = ""
      for part in value.parts {
        switch part {
        case .literal(let literal):
          let quoted = JSON.Printer().printCompact(.string(literal))
          text += CloudFormationValues.escapeSubLiteral(String(quoted.dropFirst().dropLast()))
        case .reference(let reference): text += CloudFormationValues.intrinsic(reference).subTemplate
        case .pseudo(let pseudo): text += "${\(CloudFormationValues.pseudoName(pseudo))}"
        }
      }
      return "\"" + text + "\""
    case .int(let number): return String(number)
    case .double(let number): return JSON.Printer().printCompact(.double(number))
    case .bool(let flag): return flag ? "true" : "false"
    case .array(let elements): return "[" + elements.map(subTemplate).joined(separator: ",") + "]"
    case .object(let members):
      return "{" + members.map { JSON.Printer().printCompact(.string($0.key)) + ":" + subTemplate($0.value) }.joined(separator: ",") + "}"
    }
  }
}
