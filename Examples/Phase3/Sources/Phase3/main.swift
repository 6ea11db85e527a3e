// The serverless platform sized for the scale phase (see docs/scaling-phases.md),
// with its Aurora Global standby in us-west-2.
import IaCGen
import PlatformKit

App {
  platformStack(.scale)
  platformStandbyStack(region: .usWest2)
}.run()
