// Seed 003 (Podinfo deployment system): a container-image function behind an alias with
// provisioned concurrency 2 and CodeDeploy blue/green rolled back by the seed's alarms, EC2
// Auto Scaling behind an ALB with simple +1 / -1 policies and 300 s cooldowns, Secrets Manager
// rotation, and ECR with scan-on-push, immutable tags and lifecycle rules.
import IaCGen

let account = "123456789012"

let network = Network("core", cidr: "10.80.0.0/16", zones: 2, natGateways: .one)
let images = Repository("podinfo-images", keepImages: 30, expireUntaggedAfter: .days(7))
let oncall = Topic("oncall", subscriptions: [Subscription(.email("oncall@example.com"))])

let podinfo = Function(
  "podinfo", code: .image("\(account).dkr.ecr.us-east-1.amazonaws.com/podinfo:6.7.0"), memoryMB: 512, timeout: .seconds(10),
  architecture: .arm64, environment: ["PODINFO_UI_MESSAGE": "hello from iacgen"],
  alias: FunctionAlias("live", provisionedConcurrency: 2))
let podinfoAlarms = Alarms.standard(for: podinfo, notify: oncall)

let rotator = Function(
  "secret-rotator", code: .s3(bucket: "podinfo-artifacts-\(account)", key: "rotator.zip"), runtime: .python3_12,
  handler: "rotate.handler", timeout: .seconds(30))
let apiToken = Secret(
  "api-token", description: "token podinfo presents to its backends",
  generate: GeneratedSecret(length: 48, template: #"{"client":"podinfo"}"#, key: "token"),
  rotation: SecretRotation(rotator, every: .days(30)))

let webTargets = TargetGroup("web-targets", network: network, port: 9898, targetType: .instance, healthCheck: HealthCheck(path: "/healthz"))
let edge = LoadBalancer(
  "edge", network: network, certificateArn: "arn:aws:acm:us-east-1:\(account):certificate/22222222-3333-4444-5555-666666666666",
  defaultTarget: webTargets)
let web = InstanceGroup(
  "web", imageID: "ami-0123456789abcdef0", instanceType: "t3.small", min: 2, max: 6, desired: 2,
  userData: "#!/bin/bash\ndnf install -y docker && systemctl enable --now docker\n", network: .private(network),
  targetGroup: webTargets, scaleUp: .cpuAbove(80, adjust: 1, cooldown: .seconds(300)), scaleDown: .cpuBelow(30, adjust: -1, cooldown: .seconds(300)),
  grants: [.read(apiToken)])

App {
  Stack("podinfo", region: .usEast1, phase: .earlyProduction, tags: ["app": "podinfo"]) {
    network
    images
    oncall
    podinfo
    podinfoAlarms
    LambdaDeployment("podinfo-rollout", function: podinfo, strategy: .canary10Percent5Minutes, rollbackAlarms: podinfoAlarms)
    rotator
    apiToken
    webTargets
    edge
    web
    Output("endpoint", edge.dnsName)
    Output("repository", images.uri)

    // checkov findings this design accepts, each with its reason (rendered as skips on the resources).
    Suppress("CKV2_AWS_12", on: network, because: "no resource uses the VPC's default security group: the instances and the load balancer get their own")
    Suppress("CKV2_AWS_28", on: edge, because: "seed 003 documents no WAF; the instances serve a demo page with no user data")
    Suppress("CKV_AWS_260", on: edge, because: "the public load balancer accepts port 80 only to redirect to HTTPS")
    Suppress("CKV_AWS_91", on: edge, because: "load balancer access logs are not kept for the demo service")
    Suppress("CKV_AWS_115", because: "seed 003 sets provisioned concurrency 2 on podinfo; the rotator runs once a month; neither needs reserved concurrency")
    Suppress("CKV_AWS_116", because: "podinfo is invoked synchronously and the rotator by Secrets Manager, which retries; no asynchronous callers")
    Suppress("CKV_AWS_117", because: "the functions reach only AWS APIs (Secrets Manager) over TLS; no private resource needs a VPC")
    Suppress("CKV_AWS_173", on: podinfo, because: "the environment holds a UI message, no secrets")
    Suppress("CKV_AWS_272", because: "images and code come from the account's own registry and artifact bucket, which only CI writes")
    Suppress("CKV_AWS_158", because: "log groups use CloudWatch Logs' default encryption at rest")
    Suppress("CKV_AWS_136", on: images, because: "images are encrypted at rest with ECR's AES-256 default; no requirement for a customer key")
    Suppress("CKV_AWS_149", on: apiToken, because: "encrypted with Secrets Manager's AWS managed key; the rotator and the instances are the only readers")
  }
}.run()
