resource "aws_dynamodb_table" "ledger" {
  billing_mode                = "PROVISIONED"
  deletion_protection_enabled = false
  hash_key                    = "account"
  name                        = "kitchen-sink-ledger"
  range_key                   = "entry"
  read_capacity               = 20
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"
  table_class                 = "STANDARD_INFREQUENT_ACCESS"
  tags = {
    cost-center = "42"
    data        = "ledger"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  write_capacity = 10

  attribute {
    name = "account"
    type = "S"
  }
  attribute {
    name = "entry"
    type = "N"
  }
  attribute {
    name = "day"
    type = "S"
  }
  attribute {
    name = "ref"
    type = "B"
  }
  attribute {
    name = "amount"
    type = "N"
  }
  global_secondary_index {
    hash_key           = "day"
    name               = "by-day"
    non_key_attributes = ["amount", "note"]
    projection_type    = "INCLUDE"
    range_key          = "entry"
    read_capacity      = 5
    write_capacity     = 5
  }
  global_secondary_index {
    hash_key        = "ref"
    name            = "by-ref"
    projection_type = "KEYS_ONLY"
    read_capacity   = 20
    write_capacity  = 10
  }
  lifecycle {
    ignore_changes = [read_capacity, write_capacity]
  }
  local_secondary_index {
    name            = "by-amount"
    projection_type = "ALL"
    range_key       = "amount"
  }
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 7
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab"
  }
  ttl {
    attribute_name = "expires"
    enabled        = true
  }
}

