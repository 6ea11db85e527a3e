// Seed 002's platform sized for the growth phase (see ../shared/reference/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.growth)
}.run()
