// Seed 002's platform sized for the earlyProduction phase (see ../shared/reference/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.earlyProduction)
}.run()
