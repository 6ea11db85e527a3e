output "jobs_url" {
  description = "Where to send jobs: quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x"
  value       = aws_sqs_queue.jobs.url
}

output "ledger_stream" {
  value = aws_dynamodb_table.ledger.stream_arn
}

output "worker_alias" {
  value = aws_lambda_alias.worker.arn
}

output "index_arns" {
  value = "${aws_dynamodb_table.ledger.arn}/index/*"
}

output "worker_logs" {
  value = "log group of ${aws_lambda_function.worker.function_name}"
}

output "sessions_endpoint" {
  value = aws_elasticache_replication_group.sessions.configuration_endpoint_address
}

output "queue_cache_endpoint" {
  value = aws_elasticache_replication_group.queue_cache.primary_endpoint_address
}

output "vpc" {
  value = aws_vpc.core.id
}

output "dax" {
  value = aws_dax_cluster.ledger_reads.cluster_address
}

output "accounts_writer" {
  value = aws_rds_cluster.accounts.endpoint
}

output "accounts_reader" {
  value = aws_rds_cluster.accounts.reader_endpoint
}

output "accounts_secret" {
  value = aws_rds_cluster.accounts.master_user_secret[0].secret_arn
}

output "legacy_endpoint" {
  value = aws_db_instance.legacy.address
}

output "legacy_secret" {
  value = aws_db_instance.legacy.master_user_secret[0].secret_arn
}

output "edge_dns" {
  value = aws_lb.edge.dns_name
}

output "api_service" {
  value = aws_ecs_service.api.name
}

output "awkward_mixed" {
  value = "quote\" backslash\\ $${interp} %%{directive} */ tab\t emoji🎙️ rtl‮x -> ${aws_sqs_queue.jobs.arn}"
}
