// The consumer's timeout (2 minutes) is longer than the queue's visibility timeout (30 s):
// Lambda would reject the trigger, so validation must fail at the queue's line.
import IaCGen

let consumer = Function(
  "consumer", code: .s3(bucket: "artifacts", key: "consumer.zip"), runtime: .python3_12, handler: "app.handler",
  timeout: .minutes(2))
let primary = Queue("primary", visibilityTimeout: .seconds(30))  // ESM006 points here

App {
  Stack("invalid", region: .usEast1) {
    primary
    consumer
    QueueTrigger(queue: primary, function: consumer)
  }
}.run()
