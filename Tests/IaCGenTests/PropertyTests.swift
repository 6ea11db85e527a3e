import Foundation
import IaCGen
import IaCGenTesting
import JSONSyntax
import XCTest

/// SplitMix64: a small seeded generator, so every run draws the same stacks.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random stacks: valid ones drawn within every documented range, and invalid ones that break
/// exactly one thing.
struct StackGenerator {
  var random: SeededGenerator

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
  mutating func bool() -> Bool { Bool.random(using: &random) }
  mutating func pick<T>(_ options: [T]) -> T { options[int(0...(options.count - 1))] }

  /// A valid stack of random resources (queues, dead-letter queues, tables, functions with
  /// grants and triggers, buckets, topics with subscriptions, secrets, streams, an HTTP API,
  /// alarms-free outputs), named `name`.
  mutating func validStack(_ name: String, text: [String] = []) -> Stack {
    let region: Region = pick([.usEast1, .usWest2, .euWest1, .euCentral1, .apSoutheast1])
    var queues: [Queue] = []
    var tables: [Table] = []
    var functions: [Function] = []
    var triggers: [QueueTrigger] = []
    var buckets: [Bucket] = []
    var topics: [Topic] = []
    var secrets: [Secret] = []
    var streams: [KinesisStream] = []
    var apis: [HttpApi] = []
    var outputs: [Output] = []
    func extra(_ index: Int) -> String { text.isEmpty ? "value \(index)" : text[index % text.count] }

    for q in 0..<int(0...3) {
      let fifo = bool()
      let deadLetter = Queue("q\(q)-dlq", type: fifo ? .fifo() : .standard, retention: .days(14))
      let withDeadLetter = bool()
      if withDeadLetter { queues.append(deadLetter) }
      queues.append(
        Queue(
          "q\(q)", type: fifo ? .fifo(contentBasedDeduplication: bool(), highThroughput: bool()) : .standard,
          visibilityTimeout: .seconds(int(900...43_200)), retention: .seconds(int(60...345_600)),
          deliveryDelay: .seconds(int(0...900)), receiveWaitTime: .seconds(int(0...20)), maximumMessageBytes: int(1_024...262_144),
          deadLetter: withDeadLetter ? DeadLetter(deadLetter, maxReceiveCount: int(1...1_000)) : nil))
    }
    for t in 0..<int(0...3) {
      let provisioned = bool()
      tables.append(
        Table(
          "t\(t)", partitionKey: KeyAttribute("pk", pick([.string, .number, .binary])),
          sortKey: bool() ? KeyAttribute("sk", pick([.string, .number])) : nil,
          billing: provisioned ? .provisioned(read: int(1...1_000), write: int(1...1_000)) : .onDemand,
          globalIndexes: bool()
            ? [GlobalIndex("by-owner", partitionKey: KeyAttribute("owner", .string),
                           readCapacity: provisioned ? int(1...100) : nil, writeCapacity: provisioned ? int(1...100) : nil)] : [],
          ttlAttribute: bool() ? "expiresAt" : nil, stream: bool() ? pick([.keysOnly, .newImage, .newAndOldImages]) : nil))
    }
    for f in 0..<int(0...3) {
      var grants: [Grant] = []
      for table in tables where bool() { grants.append(pick([.read(table), .write(table), .readWrite(table)])) }
      for queue in queues where !queue.id.rawValue.hasSuffix("dlq") && bool() { grants.append(.send(to: queue)) }
      let timeout = int(1...150)
      var environment: [String: StringValue] = ["MODE": StringValue(stringLiteral: extra(f))]
      if let table = tables.first { environment["TABLE"] = table.tableName }
      functions.append(
        Function(
          "f\(f)", code: .s3(bucket: "artifacts-bucket", key: "f\(f).zip"), runtime: pick([.python3_12, .python3_13, .nodejs22, .java21]),
          handler: "app.handler", memoryMB: int(128...10_240), timeout: .seconds(timeout),
          architecture: pick([.x86_64, .arm64]), environment: environment, ephemeralStorageMB: int(512...10_240),
          reservedConcurrency: bool() ? int(1...50) : nil, description: extra(f + 1), grants: grants,
          logRetentionDays: pick([1, 7, 30, 365])))
      // A trigger on a standard queue whose visibility timeout is at least 6 times the timeout.
      if let queue = queues.first(where: { !$0.id.rawValue.hasSuffix("dlq") && $0.type == .standard && $0.visibilityTimeout.seconds >= 6 * timeout }),
        !triggers.contains(where: { $0.queue == queue.id }), bool()
      {
        triggers.append(QueueTrigger(queue: queue, function: functions[f], batchSize: int(1...10)))
      }
    }
    for b in 0..<int(0...2) { buckets.append(Bucket("b\(b)", name: "\(name)-bucket-\(b)", versioning: bool())) }
    if bool() {
      let subscribers = queues.filter { !$0.id.rawValue.hasSuffix("dlq") && $0.type == .standard }
      topics.append(Topic("events", subscriptions: subscribers.map { Subscription(.queue($0), rawDelivery: bool()) }))
    }
    if bool() { secrets.append(Secret("token", description: extra(3), recoveryWindowDays: pick([0, 7, 30]))) }
    if bool() { streams.append(KinesisStream("clicks", retention: .hours(int(24...8_760)))) }
    if let function = functions.first, bool() {
      apis.append(HttpApi("api", routes: [ApiRoute("GET /items/{id}", function), ApiRoute("POST /items", function)]))
    }
    if let queue = queues.first { outputs.append(Output("queue-url", queue.url, description: extra(4))) }
    if let table = tables.first { outputs.append(Output("table-name", table.tableName, description: extra(5))) }

    return Stack(name, region: region, tags: ["team": "property"]) {
      queues
      tables
      functions
      triggers
      buckets
      topics
      secrets
      streams
      apis
      outputs
    }
  }
}

/// Properties every rendering keeps, over many random stacks.
final class PropertyTests: XCTestCase {
  /// Every `Ref` and `Fn::GetAtt` in `value` names one of `logicalIDs` (or a pseudo parameter).
  func danglingReferences(_ value: JSON.Value, _ logicalIDs: Set<String>) -> [String] {
    switch value {
    case .object(let members):
      var found: [String] = []
      for member in members {
        switch (member.key, member.value) {
        case ("Ref", .string(let target)) where !target.hasPrefix("AWS::") && !logicalIDs.contains(target): found.append(target)
        case ("Fn::GetAtt", .array(let parts)):
          if case .string(let target)? = parts.first, !logicalIDs.contains(target) { found.append(target) }
        default: found += danglingReferences(member.value, logicalIDs)
        }
      }
      return found
    case .array(let elements): return elements.flatMap { danglingReferences($0, logicalIDs) }
    default: return []
    }
  }

  /// Checks the structural invariants of one synthesis; returns what broke.
  func invariantViolations(_ files: [OutputFile]) throws -> [String] {
    var problems: [String] = []
    for file in files where file.path.hasSuffix(".template.json") {
      let template = try JSON.Value(parsing: file.contents)
      guard case .object(let resources)? = template["Resources"] else {
        problems.append("\(file.path): no Resources")
        continue
      }
      let ids = Set(resources.map(\.key))
      if ids.count != resources.count { problems.append("\(file.path): duplicate logical IDs") }
      if resources.count > 500 { problems.append("\(file.path): \(resources.count) resources") }
      for id in ids where !id.allSatisfy({ $0.isLetter || $0.isNumber }) { problems.append("\(file.path): logical ID \(id)") }
      problems += danglingReferences(template, ids).map { "\(file.path): dangling reference to \($0)" }
    }
    for file in files where file.path.hasSuffix("main.tf") {
      let declared = Set(
        file.contents.split(separator: "\n").compactMap { line -> String? in
          let parts = line.split(separator: "\"")
          guard line.hasPrefix("resource \"") || line.hasPrefix("data \""), parts.count >= 4 else { return nil }
          return (line.hasPrefix("data") ? "data." : "") + parts[1] + "." + parts[3]
        })
      let pattern = try NSRegularExpression(pattern: #"(?<![\w.])((?:data\.)?aws_[a-z0-9_]+\.[a-z0-9_]+)\.[a-z_]"#)
      let text = file.contents as NSString
      for match in pattern.matches(in: file.contents, range: NSRange(location: 0, length: text.length)) {
        let address = text.substring(with: match.range(at: 1))
        if !declared.contains(address) { problems.append("\(file.path): reference to undeclared \(address)") }
      }
      var blocks = Set<String>()
      for line in file.contents.split(separator: "\n") where line.hasPrefix("resource \"") {
        if !blocks.insert(String(line)).inserted { problems.append("\(file.path): duplicate \(line)") }
      }
    }
    return problems
  }

  /// 300 random valid stacks: no errors, both formats, parseable templates without dangling
  /// references, Terraform without references to undeclared resources, the same bytes twice.
  func testRandomValidStacksRenderWithTheirInvariants() throws {
    var generator = StackGenerator(seed: 0x1ACE_6E4)
    var resources = 0
    defer { XCTAssertGreaterThan(resources, 300 * 8, "the generator draws real stacks") }
    for index in 0..<300 {
      let app = App(stacks: [generator.validStack("random\(index)")])
      let result = synthesize(app)
      XCTAssertFalse(result.hasErrors, "stack \(index):\n\(result.diagnosticText)")
      guard !result.hasErrors else { continue }
      XCTAssertTrue(result.files.contains { $0.path.hasSuffix("main.tf") } && result.files.contains { $0.path.hasSuffix(".template.json") })
      XCTAssertEqual(try invariantViolations(result.files), [], "stack \(index)")
      resources += result.model.stacks.reduce(0) { $0 + $1.resources.count }
      XCTAssertEqual(synthesize(app).files, result.files, "stack \(index) renders the same bytes twice")
    }
  }

  /// The invariant checks find what they look for.
  func testInvariantChecksCatchBrokenOutput() throws {
    let template = OutputFile(
      path: "cloudformation/s.template.json",
      contents: #"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}, "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Role": {"Fn::GetAtt": ["Role", "Arn"]}, "Q": {"Ref": "Queue"}, "R": {"Ref": "AWS::Region"}}}}}"#)
    let main = OutputFile(
      path: "terraform/s/main.tf",
      contents: "resource \"aws_sqs_queue\" \"q\" {\n  name = aws_sqs_queue.other.name\n  policy = aws_sqs_queue.q.arn\n}\n")
    XCTAssertEqual(try invariantViolations([template, main]), [
      "cloudformation/s.template.json: dangling reference to Role",
      "terraform/s/main.tf: reference to undeclared aws_sqs_queue.other",
    ])
  }

  /// A fixed sample of random valid stacks goes through terraform and cfn-lint.
  func testRandomValidStacksPassTheReferees() throws {
    var generator = StackGenerator(seed: 0x5EED)
    let stacks = (0..<24).map { generator.validStack("sample\($0)") }
    try assertRefereesAccept(App(stacks: stacks))
  }

  /// 10,000 stacks each broken in one way: every one gets an error diagnostic and no output,
  /// and none crashes.
  func testRandomInvalidStacksAlwaysGetDiagnostics() {
    var random = SeededGenerator(seed: 0xBAD)
    let breakages: [(String, (inout SeededGenerator) -> Stack)] = [
      ("queue visibility out of range", { r in Stack("s", region: .usEast1) { Queue("q", visibilityTimeout: .seconds(Int.random(in: 43_201...1_000_000, using: &r))) } }),
      ("negative retention", { r in Stack("s", region: .usEast1) { Queue("q", retention: .seconds(-Int.random(in: 1...1_000, using: &r))) } }),
      ("function memory", { r in
        Stack("s", region: .usEast1) {
          Function("f", code: .s3(bucket: "artifacts-bucket", key: "f.zip"), runtime: .python3_12, handler: "h.h",
                   memoryMB: Bool.random(using: &r) ? Int.random(in: -100...127, using: &r) : Int.random(in: 10_241...100_000, using: &r))
        }
      }),
      ("function timeout", { r in
        Stack("s", region: .usEast1) {
          Function("f", code: .s3(bucket: "artifacts-bucket", key: "f.zip"), runtime: .python3_12, handler: "h.h",
                   timeout: .seconds(Int.random(in: 901...100_000, using: &r)))
        }
      }),
      ("empty ID", { _ in Stack("s", region: .usEast1) { Queue("") } }),
      ("oversize ID", { r in Stack("s", region: .usEast1) { Queue(ResourceID(String(repeating: "q", count: Int.random(in: 65...500, using: &r)))) } }),
      ("oversize name", { r in Stack("s", region: .usEast1) { Queue("q", name: String(repeating: "n", count: Int.random(in: 81...300, using: &r))) } }),
      ("bad stack name", { r in Stack(Bool.random(using: &r) ? "" : "9-starts-with-a-digit", region: .usEast1) { Queue("q") } }),
      ("duplicate IDs", { _ in Stack("s", region: .usEast1) { Queue("q"); Queue("q") } }),
      ("IDs equal after conversion", { _ in Stack("s", region: .usEast1) { Queue("a-b"); Queue("a_b") } }),
      ("dangling reference", { _ in
        let ghost = Table("ghost", partitionKey: KeyAttribute("pk", .string))
        return Stack("s", region: .usEast1) {
          Function("f", code: .s3(bucket: "artifacts-bucket", key: "f.zip"), runtime: .python3_12, handler: "h.h", grants: [.read(ghost)])
        }
      }),
      ("dangling dead-letter queue", { _ in Stack("s", region: .usEast1) { Queue("q", deadLetter: DeadLetter(Queue("missing"), maxReceiveCount: 3)) } }),
      ("unknown Region", { r in Stack("s", region: Region(Bool.random(using: &r) ? "mars-north-1" : "")) { Queue("q") } }),
      ("bad tag", { r in Stack("s", region: .usEast1, tags: [Bool.random(using: &r) ? "aws:reserved" : "": "x"]) { Queue("q") } }),
      ("table capacity", { r in
        Stack("s", region: .usEast1) {
          Table("t", partitionKey: KeyAttribute("pk", .string), billing: .provisioned(read: -Int.random(in: 0...10, using: &r), write: 1))
        }
      }),
    ]
    var failures: [String] = []
    for index in 0..<10_000 {
      let (what, make) = breakages[index % breakages.count]
      let result = synthesize(App(stacks: [make(&random)]))
      if !result.hasErrors || !result.files.isEmpty { failures.append("#\(index) \(what): \(result.diagnosticText)") }
    }
    XCTAssertEqual(failures.count, 0, failures.prefix(5).joined(separator: "\n"))
  }

  /// Cross-Region references are refused, never rendered.
  func testCrossRegionReferencesAreRefused() {
    let table = Table("memos", partitionKey: KeyAttribute("pk", .string))
    let app = App {
      Stack("east", region: .usEast1) { table }
      Stack("west", region: .usWest2) {
        Function("f", code: .s3(bucket: "artifacts-bucket", key: "f.zip"), runtime: .python3_12, handler: "h.h", environment: ["T": table.tableName])
      }
    }
    let result = synthesize(app)
    XCTAssertTrue(result.diagnosticText.contains("[STK003]"), result.diagnosticText)
    XCTAssertTrue(result.files.isEmpty)
  }

  /// Text that could break out of a string in either format renders literally: the templates
  /// read back to the same text, and terraform and cfn-lint accept the output.
  static let injections = [
    #"quote " and 'single'"#, #"back\slash \n not a newline"#, "${var.secret} and %{ if true }", "*/ /* comment */",
    "line one\nline two\r\n\ttab", "nul \u{0} byte", "rtl \u{202E}txet\u{202C} mark", "emoji 🚀 and 家族 and é",
    "unicode line separator \u{2028} and \u{2029}", "<script>alert(1)</script> & \\u0041", #"{"json": [1, 2]}"#, "$${literal}",
  ]

  func testInjectionCorpusRendersLiterally() throws {
    var generator = StackGenerator(seed: 7)
    let app = App(stacks: [generator.validStack("injection", text: Self.injections), generator.validStack("injection2", text: Self.injections)])
    let result = synthesize(app)
    XCTAssertFalse(result.hasErrors, result.diagnosticText)
    for file in result.files where file.path.hasSuffix(".template.json") {
      var strings: [String] = []
      func collect(_ value: JSON.Value) {
        switch value {
        case .string(let text): strings.append(text)
        case .array(let elements): elements.forEach(collect)
        case .object(let members): members.forEach { collect($0.value) }
        default: break
        }
      }
      collect(try JSON.Value(parsing: file.contents))
      let used = Self.injections.filter { injection in strings.contains { $0.contains(injection) } }
      XCTAssertFalse(used.isEmpty, "\(file.path) carries the corpus")
    }
    // Terraform: the escaped literal appears, never the raw interpolation start.
    for file in result.files where file.path.hasSuffix(".tf") {
      XCTAssertFalse(file.contents.contains("\"${var.secret}"), file.path)
    }
    try assertRefereesAccept(app)
  }
}
