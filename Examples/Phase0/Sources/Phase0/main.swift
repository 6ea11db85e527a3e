// Seed 002's platform sized for the minimumViable phase (see ../shared/reference/scaling-phases.md).
import IaCGen
import PlatformKit

App {
  platformStack(.minimumViable)
}.run()
