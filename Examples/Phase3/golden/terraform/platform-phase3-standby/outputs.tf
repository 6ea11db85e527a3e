output "standby_reader" {
  value = aws_rds_cluster.keycloak_db.reader_endpoint
}
