resource "aws_s3_bucket" "site_backup" {
  bucket = "kitchen-sink-site-backup-0123"
}

resource "aws_s3_bucket_public_access_block" "site_backup" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.site_backup.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "site_backup" {
  bucket = aws_s3_bucket.site_backup.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "site_backup" {
  bucket = aws_s3_bucket.site_backup.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "site_backup" {
  bucket = aws_s3_bucket.site_backup.id

  versioning_configuration {
    status = "Enabled"
  }
}

