// LogGroup -> AWS::Logs::LogGroup.

import JSONSyntax

extension CloudFormationEmitter {
  func translateLogGroup(_ logGroup: LogGroup) -> CloudFormationResource {
    var properties = CloudFormationProperties()
    properties.set("LogGroupName", logGroup.name)
    properties.set("RetentionInDays", logGroup.retentionDays)
    properties.set("Tags", CloudFormationValues.tags(logGroup.tags))
    return CloudFormationResource(logicalID: logGroup.id.logicalID, type: "AWS::Logs::LogGroup", properties: properties)
  }
}
