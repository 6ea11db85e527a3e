resource "aws_s3_bucket" "edge_logs" {
  bucket = "kitchen-sink-edge-logs-0123"
}

resource "aws_s3_bucket_public_access_block" "edge_logs" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.edge_logs.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "edge_logs" {
  # checkov:skip=CKV2_AWS_65:CloudFront standard logging delivers log files with ACLs; the bucket keeps ACLs for that only
  bucket = aws_s3_bucket.edge_logs.id

  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "edge_logs" {
  bucket = aws_s3_bucket.edge_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "edge_logs" {
  bucket = aws_s3_bucket.edge_logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "edge_logs" {
  bucket = aws_s3_bucket.edge_logs.id

  rule {
    id     = "expire"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    expiration {
      days = 90
    }
    filter {
      prefix = ""
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  depends_on = [aws_s3_bucket_versioning.edge_logs]
}

