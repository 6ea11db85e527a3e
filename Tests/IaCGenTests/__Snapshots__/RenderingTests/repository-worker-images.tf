resource "aws_ecr_repository" "worker_images" {
  image_tag_mutability = "MUTABLE"
  name                 = "kitchen-sink/worker-images"
  tags = {
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_lifecycle_policy" "worker_images" {
  policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        description  = "keep the newest 100 images"
        selection = {
          tagStatus   = "any"
          countType   = "imageCountMoreThan"
          countNumber = 100
        }
        action = {
          type = "expire"
        }
      },
    ]
  })
  repository = aws_ecr_repository.worker_images.name
}

