resource "aws_secretsmanager_secret" "api_key" {
  name                    = "kitchen-sink/api-key"
  recovery_window_in_days = 0
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  replica {
    region = "eu-central-1"
  }
  replica {
    kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    region     = "us-east-1"
  }
}

data "aws_secretsmanager_random_password" "api_key_password" {
  exclude_characters = "\"@/\\'"
  password_length    = 32
}

resource "aws_secretsmanager_secret_version" "api_key" {
  secret_id     = aws_secretsmanager_secret.api_key.id
  secret_string = data.aws_secretsmanager_random_password.api_key_password.random_password

  lifecycle {
    ignore_changes = [secret_string]
  }
}

