// Reading a template file back into a `TemplateValue`, keeping member order.

import JSONSyntax

extension TemplateValue {
  /// Parses JSON text (a CloudFormation template file) with object members in file order.
  public init(parsingJSON text: String) throws {
    self.init(try JSON.Value(parsing: text))
  }
}
