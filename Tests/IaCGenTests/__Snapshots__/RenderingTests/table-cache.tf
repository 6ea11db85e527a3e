resource "aws_dynamodb_table" "cache" {
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = true
  hash_key                    = "key"
  name                        = "kitchen-sink-cache"
  table_class                 = "STANDARD"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  attribute {
    name = "key"
    type = "S"
  }
  point_in_time_recovery {
    enabled = false
  }
  ttl {
    attribute_name = "ttl"
    enabled        = true
  }
}

