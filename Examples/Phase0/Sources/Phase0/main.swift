// The serverless platform sized for the minimumViable phase (see docs/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.minimumViable)
}.run()
