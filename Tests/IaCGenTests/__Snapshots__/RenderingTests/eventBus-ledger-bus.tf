resource "aws_cloudwatch_event_bus" "ledger_bus" {
  name = "kitchen-sink-ledger-bus"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

