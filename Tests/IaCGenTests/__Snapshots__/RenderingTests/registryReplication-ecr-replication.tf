resource "aws_ecr_replication_configuration" "ecr_replication" {
  replication_configuration {
    rule {
      destination {
        region      = "eu-central-1"
        registry_id = data.aws_caller_identity.current.account_id
      }
      destination {
        region      = "us-east-1"
        registry_id = data.aws_caller_identity.current.account_id
      }
      repository_filter {
        filter      = "kitchen-sink/api-images"
        filter_type = "PREFIX_MATCH"
      }
    }
  }
}

