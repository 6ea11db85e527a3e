resource "aws_iam_role" "media_replication_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "s3.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = {
    cost-center = "42"
    data        = "media"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }
}

resource "aws_iam_role_policy" "media_replication_role" {
  name = "media-replication-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadReplicationConfiguration"
        Effect   = "Allow"
        Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::kitchen-sink-media-0123"]
      },
      {
        Sid      = "ReadObjectVersions"
        Effect   = "Allow"
        Action   = ["s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTagging"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::kitchen-sink-media-0123/*"]
      },
      {
        Sid      = "ReplicateObjects"
        Effect   = "Allow"
        Action   = ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::kitchen-sink-media-0123-eu-central-1/*"]
      },
      {
        Sid      = "DecryptSourceObjects"
        Effect   = "Allow"
        Action   = ["kms:Decrypt"]
        Resource = ["arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"]
      },
      {
        Sid      = "EncryptReplicas"
        Effect   = "Allow"
        Action   = ["kms:Encrypt"]
        Resource = ["arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"]
      },
    ]
  })
  role = aws_iam_role.media_replication_role.id
}

