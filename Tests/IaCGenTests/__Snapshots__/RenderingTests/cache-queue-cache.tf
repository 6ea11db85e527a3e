resource "aws_elasticache_subnet_group" "queue_cache_subnets" {
  description = "subnets of cache queue-cache"
  name        = "kitchen-sink-queue-cache-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_elasticache_parameter_group" "queue_cache_parameters" {
  description = "parameters of cache queue-cache"
  family      = "valkey8"
  name        = "kitchen-sink-queue-cache-parameters"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  parameter {
    name  = "maxmemory-policy"
    value = "noeviction"
  }
}

data "aws_secretsmanager_secret_version" "queue_cache_auth" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cache-token-AbCdEf"
}

resource "aws_elasticache_replication_group" "queue_cache" {
  at_rest_encryption_enabled = true
  auth_token                 = data.aws_secretsmanager_secret_version.queue_cache_auth.secret_string
  automatic_failover_enabled = true
  cluster_mode               = "disabled"
  description                = "cache queue-cache"
  engine                     = "valkey"
  engine_version             = "8.0"
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  multi_az_enabled           = true
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  parameter_group_name       = aws_elasticache_parameter_group.queue_cache_parameters.name
  port                       = 6379
  replication_group_id       = "kitchen-sink-queue-cache"
  security_group_ids         = [aws_security_group.queue_cache_sg.id]
  snapshot_retention_limit   = 35
  subnet_group_name          = aws_elasticache_subnet_group.queue_cache_subnets.name
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  transit_encryption_enabled = true
}

