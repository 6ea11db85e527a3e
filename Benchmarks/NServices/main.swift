// The N-services benchmark of docs/performance.md, built with the DSL.
//
//   swift build -c release --static-swift-stdlib --product iacgen-benchmark
//   .build/release/iacgen-benchmark                 # N = 1, 10, 100, 1000, 5000, each in a fresh process
//   .build/release/iacgen-benchmark 1000            # one N: step times and peak memory
//   .build/release/iacgen-benchmark --handoff       # also what `iacgen synth` adds: the report
//                                                   # written by the stack program, read by the CLI
//   .build/release/iacgen-benchmark 1000 --output DIR   # one N, files left in DIR
//
// `--static-swift-stdlib` links the Swift runtime into the executable, as a deployable Swift
// tool is: about 2 ms less start-up than loading the shared libraries (macOS ignores it).
//
// Each N runs in a process of its own so that its peak memory is its own; the driver prints
// one row per N with the time of each step, the whole process's wall time and peak memory.
// The driver gives each process an output directory and removes them all after the last one
// (a process given none removes its own files before it exits).
//
// Like a stack program, the benchmark imports Foundation's core only (no ICU to load).

import Dispatch
import IaCGen

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds since an arbitrary point, monotonic.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Peak resident memory of this process, in MiB.
func peakMemoryMiB() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  #if os(Linux)
    return Double(usage.ru_maxrss) / 1024  // kilobytes
  #else
    return Double(usage.ru_maxrss) / 1024 / 1024  // bytes
  #endif
}

/// Service `i` of the shape: two queues, a table, a function with a published version, the
/// `live` alias, the queue trigger on the alias and provisioned-concurrency target tracking.
struct Service {
  let dlq: Queue
  let queue: Queue
  let table: Table
  let function: Function
  let trigger: QueueTrigger
  let scaling: AutoScaling

  init(_ i: Int) {
    let p = "bench-svc\(i)"
    dlq = Queue("svc\(i)-dlq", name: "\(p)-dlq", retention: .days(14))
    queue = Queue("svc\(i)-queue", name: "\(p)-queue", visibilityTimeout: .seconds(180), deadLetter: DeadLetter(dlq, maxReceiveCount: 3))
    table = Table(
      "svc\(i)-table", name: "\(p)-table", partitionKey: KeyAttribute("pk", .string), sortKey: KeyAttribute("sk", .string),
      ttlAttribute: "ttl", stream: .newAndOldImages)
    function = Function(
      "svc\(i)-fn", name: "\(p)-fn", code: .s3(bucket: "iac-bench-artifacts", key: "lambda/handler.zip"), runtime: .python3_12,
      handler: "app.handler", memoryMB: 512, timeout: .seconds(30), architecture: .arm64, environment: ["TABLE_NAME": table.tableName],
      alias: FunctionAlias("live"), grants: [.items(of: table, .getItem, .putItem, .query)])
    trigger = QueueTrigger(queue: queue, function: function, batchSize: 25, batchingWindow: .seconds(20), maximumConcurrency: 100)
    scaling = AutoScaling(
      "svc\(i)-pc", target: .provisionedConcurrency(function), min: 1, max: 100, targetTracking: [.provisionedConcurrencyUtilization(0.7)])
  }
}

/// Services per stack. The shape packs 50 (10 resources each); iacgen gives each function its
/// own log group with a retention (11 resources), so 45 keep a template within 500 resources.
let servicesPerStack = 45

/// The app: services packed per stack (`bench0`, `bench1`...), with a concurrency quota that
/// lets 100 provisioned executions per service pass (the shape's deploy caveat).
func app(_ n: Int) -> App {
  let stacks = stride(from: 0, to: n, by: servicesPerStack).map { start in
    Stack("bench\(start / servicesPerStack)", region: .usEast1, phase: .earlyProduction) {
      for i in start..<min(start + servicesPerStack, n) {
        let service = Service(i)
        service.dlq
        service.queue
        service.table
        service.function
        service.trigger
        service.scaling
      }
    }
  }
  return App(stacks: stacks, quotas: AccountQuotas(lambdaConcurrency: 100 * n + 1_000, tablesPerRegion: n + 100))
}

/// One N in this process: prints `N model validation hcl cloudformation write resources files bytes peakMiB dsl report`,
/// then exits without freeing the model and the files, as `App.run()` does. Writes the files
/// into `output`, or into a directory of its own that it removes before exiting.
func measure(_ n: Int, handoff: Bool, output: String?) throws -> Never {
  var start = now()
  let built = app(n)
  let dslTime = now() - start
  start = now()
  let model = lowerApp(built)
  let modelTime = now() - start

  // Validation includes translating each stack to CloudFormation: the rules compare the
  // logical IDs, and the CloudFormation step prints the same translation.
  start = now()
  let translations = CloudFormationTranslation.stacks(of: model)
  let diagnostics = runValidation(model, cloudFormation: translations)
  let validationTime = now() - start
  let errors = diagnostics.filter { $0.severity == .error }
  if !errors.isEmpty {
    fputs("validation errors (\(errors.count)), first: \(errors[0].message)\n", stderr)
  }

  start = now()
  let terraform = TerraformEmitter().emit(translations)
  let hclTime = now() - start

  start = now()
  let cloudFormation = CloudFormationEmitter().emit(consume translations)
  let cfnTime = now() - start

  start = now()
  let files = terraform + cloudFormation
  let ownDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-benchmark-\(getpid())")
  let directory = output.map { URL(fileURLWithPath: $0) } ?? ownDirectory.appendingPathComponent("files")
  try OutputDirectoryWriter(outputDirectory: directory).write(files)
  let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
  let writeTime = now() - start

  // What `iacgen synth` adds: the stack program writes its report, the CLI reads it back
  // (two processes there; here the files are in memory three times instead of twice).
  var reportTime = 0.0
  if handoff {
    start = now()
    let reportPath = directory.path + ".report"
    try SynthesisReport(SynthesisResult(model: model, diagnostics: diagnostics, files: files), includingGraph: false).write(toFile: reportPath)
    let handedOver = try SynthesisReport(contentsOfFile: reportPath)
    reportTime = now() - start
    unlink(reportPath)
    precondition(handedOver.files.count == files.count)
  }
  if output == nil { try? FileManager.default.removeItem(at: ownDirectory) }

  let resources = model.stacks.reduce(0) { $0 + $1.resources.count }
  print(
    n, modelTime, validationTime, hclTime, cfnTime, writeTime, resources, terraform.count + cloudFormation.count, bytes, peakMemoryMiB(), dslTime,
    reportTime)
  exit(0)
}

/// Runs `path` with `arguments`, its standard output into the file at `stdout`; returns the
/// exit status and the wall time from spawn to exit. posix_spawn directly: Foundation's
/// `Process` adds tens of milliseconds of its own on Linux (it closes every descriptor).
func spawnAndWait(_ path: String, _ arguments: [String], stdout: String) -> (status: Int32, seconds: Double) {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var pid: pid_t = 0
  let start = now()
  guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  let seconds = now() - start
  return ((status >> 8) & 0xFF, seconds)
}

/// Runs each N in a child process and prints the table.
func drive(_ sizes: [Int], handoff: Bool) throws {
  let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  func ms(_ seconds: Double) -> String { oneDecimal(seconds * 1000) }
  print("N       resources  DSL ms  model ms  validate ms  HCL ms  CFN ms  write ms  \(handoff ? "report ms  " : "")process ms  peak MiB  output")
  // The outputs go into a directory of their own, as a stack package's do (the writer looks
  // through the output's parent for staging directories that interrupted runs left, and a
  // system's temporary directory can hold thousands of entries). They are removed after the
  // last N: on ext4 without a journal, creating files right after others were deleted is
  // slower (new inodes skip those freed in the last minute).
  let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("iacgen-benchmark-\(getpid())").path
  try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: outputs) }
  for n in sizes {
    let outputPath = outputs + "/\(n).txt"
    let filesPath = outputs + "/\(n)"
    let arguments = [String(n), "--output", filesPath] + (handoff ? ["--handoff"] : [])
    let (status, wall) = spawnAndWait(executable.path, arguments, stdout: outputPath)
    let output = FileManager.default.contents(atPath: outputPath) ?? Data()
    let fields = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
    guard status == 0, fields.count == 12 else {
      print("N=\(n) failed (status \(status))")
      continue
    }
    let values = fields.map { Double($0) ?? 0 }
    let megabytes = "\(oneDecimal(values[8] / 1e6)) MB in \(Int(values[7])) files"
    print(
      [padded(String(n), 7), padded(String(Int(values[6])), 10),
       padded(ms(values[10]), 7),
       padded(ms(values[1]), 9), padded(ms(values[2]), 12),
       padded(ms(values[3]), 7), padded(ms(values[4]), 7),
       padded(ms(values[5]), 9), handoff ? padded(ms(values[11]), 10) : nil,
       padded(ms(wall), 11),
       padded(oneDecimal(values[9]), 9), megabytes].compactMap { $0 }.joined(separator: " "))
  }
}

/// `text` followed by spaces up to `width` characters.
func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

/// `value` rounded to one decimal: `12.3`.
func oneDecimal(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(abs(tenths % 10))"
}

let arguments = Array(CommandLine.arguments.dropFirst())
let handoff = arguments.contains("--handoff")
let output = arguments.firstIndex(of: "--output").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
if let first = arguments.first, let n = Int(first) {
  try measure(n, handoff: handoff, output: output)
} else {
  try drive([1, 10, 100, 1_000, 5_000], handoff: handoff)
}
