// The serverless platform sized for the earlyProduction phase (see docs/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.earlyProduction)
}.run()
