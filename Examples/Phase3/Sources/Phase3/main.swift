// Seed 002's platform sized for the scale phase (see ../shared/reference/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.scale)
}.run()
