resource "aws_vpc" "core" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name        = "core"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
}

resource "aws_internet_gateway" "core" {
  tags = {
    Name        = "core-igw"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.20.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-public-1"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.20.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-public-2"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_public_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.20.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-public-3"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_1" {
  availability_zone       = data.aws_availability_zones.available.names[0]
  cidr_block              = "10.20.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-private-1"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_2" {
  availability_zone       = data.aws_availability_zones.available.names[1]
  cidr_block              = "10.20.64.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-private-2"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_subnet" "core_private_3" {
  availability_zone       = data.aws_availability_zones.available.names[2]
  cidr_block              = "10.20.80.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name        = "core-private-3"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_eip" "core_nat_1" {
  domain = "vpc"
  tags = {
    Name        = "core-nat-1"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_1" {
  allocation_id = aws_eip.core_nat_1.id
  subnet_id     = aws_subnet.core_public_1.id
  tags = {
    Name        = "core-nat-1"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_2" {
  domain = "vpc"
  tags = {
    Name        = "core-nat-2"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_2" {
  allocation_id = aws_eip.core_nat_2.id
  subnet_id     = aws_subnet.core_public_2.id
  tags = {
    Name        = "core-nat-2"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_eip" "core_nat_3" {
  domain = "vpc"
  tags = {
    Name        = "core-nat-3"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_nat_gateway" "core_nat_3" {
  allocation_id = aws_eip.core_nat_3.id
  subnet_id     = aws_subnet.core_public_3.id
  tags = {
    Name        = "core-nat-3"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }

  depends_on = [aws_internet_gateway.core]
}

resource "aws_route_table" "core_public_routes" {
  tags = {
    Name        = "core-public-routes"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_public_internet" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.core.id
  route_table_id         = aws_route_table.core_public_routes.id
}

resource "aws_route_table" "core_private_routes_1" {
  tags = {
    Name        = "core-private-routes-1"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_1_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_1.id
  route_table_id         = aws_route_table.core_private_routes_1.id
}

resource "aws_route_table" "core_private_routes_2" {
  tags = {
    Name        = "core-private-routes-2"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_2_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_2.id
  route_table_id         = aws_route_table.core_private_routes_2.id
}

resource "aws_route_table" "core_private_routes_3" {
  tags = {
    Name        = "core-private-routes-3"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_id = aws_vpc.core.id
}

resource "aws_route" "core_private_routes_3_nat" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.core_nat_3.id
  route_table_id         = aws_route_table.core_private_routes_3.id
}

resource "aws_route_table_association" "core_public_1" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_1.id
}

resource "aws_route_table_association" "core_private_1" {
  route_table_id = aws_route_table.core_private_routes_1.id
  subnet_id      = aws_subnet.core_private_1.id
}

resource "aws_route_table_association" "core_public_2" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_2.id
}

resource "aws_route_table_association" "core_private_2" {
  route_table_id = aws_route_table.core_private_routes_2.id
  subnet_id      = aws_subnet.core_private_2.id
}

resource "aws_route_table_association" "core_public_3" {
  route_table_id = aws_route_table.core_public_routes.id
  subnet_id      = aws_subnet.core_public_3.id
}

resource "aws_route_table_association" "core_private_3" {
  route_table_id = aws_route_table.core_private_routes_3.id
  subnet_id      = aws_subnet.core_private_3.id
}

resource "aws_vpc_endpoint" "core_s3" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.s3"
  tags = {
    Name        = "core-s3"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_vpc_endpoint" "core_dynamodb" {
  route_table_ids = [aws_route_table.core_private_routes_1.id, aws_route_table.core_private_routes_2.id, aws_route_table.core_private_routes_3.id]
  service_name    = "com.amazonaws.${data.aws_region.current.name}.dynamodb"
  tags = {
    Name        = "core-dynamodb"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.core.id
}

resource "aws_flow_log" "core_flow_log" {
  iam_role_arn         = aws_iam_role.core_flow_logs_role.arn
  log_destination      = aws_cloudwatch_log_group.core_flow_logs.arn
  log_destination_type = "cloud-watch-logs"
  tags = {
    Name        = "core-flow-log"
    cost-center = "42"
    "nöte"      = "ünïcode välue: a/b=c+d@e"
    project     = "iacgen"
    tier        = "network"
  }
  traffic_type = "REJECT"
  vpc_id       = aws_vpc.core.id
}

