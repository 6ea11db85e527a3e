// iacgen: typed AWS infrastructure in Swift, rendered to Terraform and CloudFormation.

import Foundation
import IaCGenCLI

exit(IaCGenTool.main(Array(CommandLine.arguments.dropFirst())))
