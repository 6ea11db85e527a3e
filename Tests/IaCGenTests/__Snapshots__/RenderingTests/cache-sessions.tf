resource "aws_elasticache_subnet_group" "sessions_subnets" {
  description = "subnets of cache sessions"
  name        = "kitchen-sink-sessions-subnets"
  subnet_ids  = [aws_subnet.core_private_1.id, aws_subnet.core_private_2.id, aws_subnet.core_private_3.id]
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_elasticache_parameter_group" "sessions_parameters" {
  description = "parameters of cache sessions"
  family      = "redis7"
  name        = "kitchen-sink-sessions-parameters"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  parameter {
    name  = "cluster-enabled"
    value = "yes"
  }
  parameter {
    name  = "maxmemory-policy"
    value = "allkeys-lru"
  }
}

resource "aws_elasticache_replication_group" "sessions" {
  at_rest_encryption_enabled = true
  automatic_failover_enabled = true
  cluster_mode               = "enabled"
  description                = "cache sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  multi_az_enabled           = true
  node_type                  = "cache.r7g.large"
  num_node_groups            = 3
  parameter_group_name       = aws_elasticache_parameter_group.sessions_parameters.name
  port                       = 6379
  replicas_per_node_group    = 2
  replication_group_id       = "kitchen-sink-sessions"
  security_group_ids         = [aws_security_group.sessions_sg.id]
  snapshot_retention_limit   = 7
  subnet_group_name          = aws_elasticache_subnet_group.sessions_subnets.name
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
  transit_encryption_enabled = true
}

