resource "aws_s3_bucket" "media_replica" {
  bucket = "kitchen-sink-media-0123-eu-central-1"
  tags = {
    cost-center = "42"
    data        = "media"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_s3_bucket_public_access_block" "media_replica" {
  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.media_replica.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "media_replica" {
  bucket = aws_s3_bucket.media_replica.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media_replica" {
  bucket = aws_s3_bucket.media_replica.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      kms_master_key_id = "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      sse_algorithm     = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "media_replica" {
  bucket = aws_s3_bucket.media_replica.id

  versioning_configuration {
    status = "Enabled"
  }
}

