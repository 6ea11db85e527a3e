// A stack package with a type error: the CLI must show the compiler's error and exit 2.
import IaCGen

let queue = Queue("primary", visibilityTimeout: 30)

App {
  Stack("broken", region: .usEast1) { queue }
}.run()
