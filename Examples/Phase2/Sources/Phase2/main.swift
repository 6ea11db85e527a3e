// The serverless platform sized for the growth phase (see docs/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.growth)
}.run()
