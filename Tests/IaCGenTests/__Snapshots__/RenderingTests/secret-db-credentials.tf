resource "aws_secretsmanager_secret" "db_credentials" {
  description             = "database login"
  kms_key_id              = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  name                    = "kitchen-sink/db-credentials"
  recovery_window_in_days = 7
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

data "aws_secretsmanager_random_password" "db_credentials_password" {
  exclude_characters = "\"@/\\'"
  password_length    = 40
}

resource "aws_secretsmanager_secret_version" "db_credentials" {
  secret_id = aws_secretsmanager_secret.db_credentials.id
  secret_string = jsonencode(merge(jsondecode("{\"username\":\"ledger\"}"), {
    password = data.aws_secretsmanager_random_password.db_credentials_password.random_password
  }))

  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_secretsmanager_secret_rotation" "db_credentials" {
  rotation_lambda_arn = aws_lambda_function.rotator.arn
  secret_id           = aws_secretsmanager_secret.db_credentials.id

  rotation_rules {
    automatically_after_days = 30
  }

  depends_on = [aws_lambda_permission.rotator_invoke_from_db_credentials]
}

