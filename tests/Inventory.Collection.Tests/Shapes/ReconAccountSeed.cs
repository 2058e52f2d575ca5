using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// One of (nearly) everything the catalog lists, in moto's management account and us-east-1, made
/// with raw calls: what moto can create, so that each listing has an item and each follow-up runs.
/// </summary>
public sealed class ReconAccountSeed(MotoServer moto, CancellationToken ct)
{
    public const string Account = MotoCredentials.ManagementAccountId;
    public const string Region = "us-east-1";
    public const string LoggedBucket = "shape-logged";
    public const string LogBucket = "shape-logs";
    public const string LogPrefix = "access/";
    public const string LockedBucket = "shape-locked";
    public const string Domain = "shapes.example.com";
    public const string Topic = "shape-topic";
    public const string Queue = "shape-queue";
    public const string Stack = "shape-stack";
    public const string Table = "shape-table";
    public const string RoleArn = $"arn:aws:iam::{Account}:role/shape-role";

    public static readonly string QueuePolicy = PolicyDocuments.Allow($"arn:aws:sqs:{Region}:{Account}:{Queue}", "sqs:SendMessage");

    public string KeyId { get; private set; } = "";
    public string LoadBalancerArn { get; private set; } = "";
    public string InstanceId { get; private set; } = "";
    public string DefaultVpcId { get; private set; } = "";
    public string DetectorId { get; private set; } = "";
    public string HttpApiId { get; private set; } = "";

    /// <summary>The application services beyond AWS Recon (AppServicesSeed.cs).</summary>
    internal AppServicesSeed Apps { get; private set; } = null!;

    /// <summary>The platform services beyond AWS Recon (PlatformServicesSeed.cs).</summary>
    internal PlatformServicesSeed Platform { get; private set; } = null!;

    public DataServicesSeed DataServices { get; private set; } = null!;

    public async Task SeedAsync()
    {
        var seed = moto.Seed;
        await seed.CreateRoleAsync(Account, "shape-role", PolicyDocuments.TrustService("ec2.amazonaws.com"), ct: ct);
        await seed.CreateRoleAsync(Account, "shape-pipeline-role", PolicyDocuments.TrustService("codepipeline.amazonaws.com"), ct: ct);
        KeyId = await seed.CreateKeyAsync(Account, Region, ct);
        await S3Async();
        await Ec2Async();
        await QueryAsync("email", "2010-12-01", "VerifyDomainIdentity", ("Domain", Domain));
        await JsonAsync("dynamodb", "DynamoDB_20120810.CreateTable", new JsonObject
        {
            ["TableName"] = Table,
            ["KeySchema"] = new JsonArray(new JsonObject { ["AttributeName"] = "id", ["KeyType"] = "HASH" }),
            ["AttributeDefinitions"] = new JsonArray(new JsonObject { ["AttributeName"] = "id", ["AttributeType"] = "S" }),
            ["BillingMode"] = "PAY_PER_REQUEST",
        }, "1.0");
        await QueryAsync("sns", "2010-03-31", "CreateTopic", ("Name", Topic));
        await JsonAsync("sqs", "AmazonSQS.CreateQueue", new JsonObject
        {
            ["QueueName"] = Queue,
            ["Attributes"] = new JsonObject { ["Policy"] = QueuePolicy },
        }, "1.0");
        await QueryAsync("cloudformation", "2010-05-15", "CreateStack", ("StackName", Stack),
            ("TemplateBody", """{"Resources":{"Topic":{"Type":"AWS::SNS::Topic"}}}"""));
        await ContainersAsync();
        await DatabasesAsync();
        await SecurityAsync();
        await OthersAsync();
        Apps = new AppServicesSeed(this);
        await Apps.SeedAsync();
        Platform = new PlatformServicesSeed(this);
        await Platform.SeedAsync();
        await (DataServices = new DataServicesSeed(moto, ct)).SeedAsync();
    }

    private async Task Ec2Async()
    {
        InstanceId = (await moto.Seed.RunInstancesAsync(Account, Region, 1, ct))[0];
        var subnets = Texts(await QueryAsync("ec2", "2016-11-15", "DescribeSubnets"), "subnetId").Take(2).ToList();
        DefaultVpcId = Texts(await QueryAsync("ec2", "2016-11-15", "DescribeVpcs"), "vpcId").First();
        var volume = Texts(await QueryAsync("ec2", "2016-11-15", "CreateVolume", ("AvailabilityZone", "us-east-1a"), ("Size", "8")), "volumeId").First();
        await QueryAsync("ec2", "2016-11-15", "CreateSnapshot", ("VolumeId", volume));

        // One of each other EC2 listing (the default VPC has no flow log; the second VPC has one).
        var peer = Texts(await QueryAsync("ec2", "2016-11-15", "CreateVpc", ("CidrBlock", "10.9.0.0/16")), "vpcId").First();
        var allocation = Texts(await QueryAsync("ec2", "2016-11-15", "AllocateAddress", ("Domain", "vpc")), "allocationId").First();
        await QueryAsync("ec2", "2016-11-15", "CreateInternetGateway");
        await QueryAsync("ec2", "2016-11-15", "CreateNatGateway", ("SubnetId", subnets[0]), ("AllocationId", allocation));
        await QueryAsync("ec2", "2016-11-15", "CreateVpcPeeringConnection", ("VpcId", DefaultVpcId), ("PeerVpcId", peer));
        await QueryAsync("ec2", "2016-11-15", "CreateVpcEndpoint", ("VpcId", DefaultVpcId), ("ServiceName", $"com.amazonaws.{Region}.s3"));
        await QueryAsync("ec2", "2016-11-15", "CreateVpnGateway", ("Type", "ipsec.1"));
        await QueryAsync("ec2", "2016-11-15", "CreateImage", ("InstanceId", InstanceId), ("Name", "shape-image"));
        await QueryAsync("ec2", "2016-11-15", "CreateFlowLogs", ("ResourceId.1", peer), ("ResourceType", "VPC"), ("TrafficType", "ALL"),
            ("LogDestinationType", "s3"), ("LogDestination", $"arn:aws:s3:::{LogBucket}"));
        await QueryAsync("redshift", "2012-12-01", "CreateClusterSubnetGroup", ("ClusterSubnetGroupName", "shape-subnets"), ("Description", "shape"),
            ("SubnetIds.SubnetIdentifier.1", subnets[0]), ("SubnetIds.SubnetIdentifier.2", subnets[1]));
        await JsonAsync("ds", "DirectoryService_20150416.CreateDirectory", new JsonObject
        {
            ["Name"] = "corp.shapes.example.com",
            ["Password"] = "Shape-Passw0rd!",
            ["Size"] = "Small",
            ["VpcSettings"] = new JsonObject { ["VpcId"] = DefaultVpcId, ["SubnetIds"] = new JsonArray(subnets[0], subnets[1]) },
        });

        // ELBv2: a load balancer with a listener and a target group holding the instance.
        const string Elbv2 = "2015-12-01";
        var lb = await QueryAsync("elasticloadbalancing", Elbv2, "CreateLoadBalancer", ("Name", "shape-lb"), ("Subnets.member.1", subnets[0]), ("Subnets.member.2", subnets[1]));
        LoadBalancerArn = Texts(lb, "LoadBalancerArn").First();
        var tg = Texts(await QueryAsync("elasticloadbalancing", Elbv2, "CreateTargetGroup", ("Name", "shape-tg"), ("Protocol", "HTTP"), ("Port", "80"), ("VpcId", DefaultVpcId)), "TargetGroupArn").First();
        await QueryAsync("elasticloadbalancing", Elbv2, "RegisterTargets", ("TargetGroupArn", tg), ("Targets.member.1.Id", InstanceId));
        await QueryAsync("elasticloadbalancing", Elbv2, "CreateListener", ("LoadBalancerArn", LoadBalancerArn), ("Protocol", "HTTP"), ("Port", "80"),
            ("DefaultActions.member.1.Type", "forward"), ("DefaultActions.member.1.TargetGroupArn", tg));
        await QueryAsync("elasticloadbalancing", "2012-06-01", "CreateLoadBalancer", ("LoadBalancerName", "shape-clb"),
            ("Listeners.member.1.Protocol", "HTTP"), ("Listeners.member.1.LoadBalancerPort", "80"), ("Listeners.member.1.InstancePort", "80"),
            ("AvailabilityZones.member.1", "us-east-1a"));
        await QueryAsync("autoscaling", "2011-01-01", "CreateLaunchConfiguration", ("LaunchConfigurationName", "shape-lc"), ("ImageId", "ami-12345678"), ("InstanceType", "t3.micro"));
        await QueryAsync("autoscaling", "2011-01-01", "CreateAutoScalingGroup", ("AutoScalingGroupName", "shape-asg"), ("LaunchConfigurationName", "shape-lc"),
            ("MinSize", "0"), ("MaxSize", "1"), ("VPCZoneIdentifier", subnets[0]));
        await RestAsync("eks", HttpMethod.Post, "/clusters", new JsonObject
        {
            ["name"] = "shape-eks",
            ["roleArn"] = RoleArn,
            ["resourcesVpcConfig"] = new JsonObject { ["subnetIds"] = new JsonArray(subnets[0], subnets[1]) },
        });
        await RestAsync("eks", HttpMethod.Post, "/clusters/shape-eks/node-groups", new JsonObject
        {
            ["nodegroupName"] = "shape-ng",
            ["subnets"] = new JsonArray(subnets[0], subnets[1]),
            ["nodeRole"] = RoleArn,
        });
        await RestAsync("kafka", HttpMethod.Post, "/v1/clusters", new JsonObject
        {
            ["clusterName"] = "shape-msk",
            ["kafkaVersion"] = "2.8.1",
            ["numberOfBrokerNodes"] = 2,
            ["brokerNodeGroupInfo"] = new JsonObject { ["instanceType"] = "kafka.m5.large", ["clientSubnets"] = new JsonArray(subnets[0], subnets[1]) },
        });
    }

    private async Task S3Async()
    {
        var seed = moto.Seed;
        await seed.CreateBucketAsync(Account, LogBucket, ct: ct);
        await seed.CreateBucketAsync(Account, LoggedBucket, ct: ct);
        using (var request = moto.Raw.CreateRequest(HttpMethod.Put, $"/{LogBucket}?acl", "s3", Region, Account))
        {
            request.Headers.TryAddWithoutValidation("x-amz-acl", "log-delivery-write");
            using var response = await moto.Raw.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
        }

        using var logging = new StringContent(
            "<BucketLoggingStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LoggingEnabled>" +
            $"<TargetBucket>{LogBucket}</TargetBucket><TargetPrefix>{LogPrefix}</TargetPrefix></LoggingEnabled></BucketLoggingStatus>",
            Encoding.UTF8, "application/xml");
        await moto.Raw.RestAsync(Account, "s3", Region, HttpMethod.Put, $"/{LoggedBucket}?logging", logging, ct);
        await seed.PutBucketPolicyAsync(Account, LoggedBucket, PolicyDocuments.Allow($"arn:aws:s3:::{LoggedBucket}/*", "s3:GetObject"), ct);
        await S3PutAsync(LoggedBucket, "encryption", "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>");
        await S3PutAsync(LoggedBucket, "tagging", "<Tagging><TagSet><Tag><Key>team</Key><Value>shapes</Value></Tag></TagSet></Tagging>");
        await S3PutAsync(LoggedBucket, "website", "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument></WebsiteConfiguration>");
        await S3PutAsync(LoggedBucket, "ownershipControls", "<OwnershipControls><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>");
        await S3PutAsync(LoggedBucket, "publicAccessBlock", "<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
        await S3PutAsync(LoggedBucket, "versioning", "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>");
        await S3PutAsync(LogBucket, "versioning", "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>");
        await S3PutAsync(LoggedBucket, "replication", $"<ReplicationConfiguration><Role>{RoleArn}</Role><Rule><ID>all</ID><Status>Enabled</Status><Prefix></Prefix><Destination><Bucket>arn:aws:s3:::{LogBucket}</Bucket></Destination></Rule></ReplicationConfiguration>");
        using (var request = moto.Raw.CreateRequest(HttpMethod.Put, $"/{LockedBucket}", "s3", Region, Account))
        {
            request.Headers.TryAddWithoutValidation("x-amz-bucket-object-lock-enabled", "true");
            using var response = await moto.Raw.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
        }
    }

    private async Task ContainersAsync()
    {
        await JsonAsync("ecs", "AmazonEC2ContainerServiceV20141113.CreateCluster", new JsonObject { ["clusterName"] = "shape-ecs" });
        await JsonAsync("ecr", "AmazonEC2ContainerRegistry_V20150921.CreateRepository", new JsonObject { ["repositoryName"] = "shape-repo" });
        await JsonAsync("ecr", "AmazonEC2ContainerRegistry_V20150921.SetRepositoryPolicy", new JsonObject
        {
            ["repositoryName"] = "shape-repo",
            ["policyText"] = PolicyDocuments.Allow("*", "ecr:BatchGetImage"),
        });
        var manifest = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = "application/vnd.docker.distribution.manifest.v2+json",
            ["config"] = new JsonObject { ["mediaType"] = "application/vnd.docker.container.image.v1+json", ["size"] = 1, ["digest"] = "sha256:" + new string('a', 64) },
            ["layers"] = new JsonArray(),
        };
        var image = await JsonAsync("ecr", "AmazonEC2ContainerRegistry_V20150921.PutImage", new JsonObject
        {
            ["repositoryName"] = "shape-repo", ["imageManifest"] = manifest.ToJsonString(), ["imageTag"] = "latest",
        });
        await JsonAsync("ecr", "AmazonEC2ContainerRegistry_V20150921.StartImageScan", new JsonObject
        {
            ["repositoryName"] = "shape-repo",
            ["imageId"] = new JsonObject { ["imageDigest"] = image.GetProperty("image").GetProperty("imageId").GetProperty("imageDigest").GetString() },
        });
        await JsonAsync("codebuild", "CodeBuild_20161006.CreateProject", new JsonObject
        {
            ["name"] = "shape-build",
            ["source"] = new JsonObject { ["type"] = "S3", ["location"] = $"{LogBucket}/source.zip" },
            ["artifacts"] = new JsonObject { ["type"] = "NO_ARTIFACTS" },
            ["environment"] = new JsonObject { ["type"] = "LINUX_CONTAINER", ["image"] = "aws/codebuild/standard:7.0", ["computeType"] = "BUILD_GENERAL1_SMALL" },
            ["serviceRole"] = RoleArn,
        });
    }

    private async Task DatabasesAsync()
    {
        const string Rds = "2014-10-31";
        await QueryAsync("rds", Rds, "CreateDBCluster", ("DBClusterIdentifier", "shape-cluster"), ("Engine", "aurora-postgresql"),
            ("MasterUsername", "admin1"), ("MasterUserPassword", "password-password"));
        await QueryAsync("rds", Rds, "CreateDBInstance", ("DBInstanceIdentifier", "shape-db"), ("DBInstanceClass", "db.t3.micro"), ("Engine", "postgres"),
            ("MasterUsername", "admin1"), ("MasterUserPassword", "password-password"), ("AllocatedStorage", "20"));
        await QueryAsync("rds", Rds, "CreateDBSnapshot", ("DBInstanceIdentifier", "shape-db"), ("DBSnapshotIdentifier", "shape-db-snap"));
        await QueryAsync("rds", Rds, "CreateDBClusterSnapshot", ("DBClusterIdentifier", "shape-cluster"), ("DBClusterSnapshotIdentifier", "shape-cluster-snap"));
        await QueryAsync("redshift", "2012-12-01", "CreateCluster", ("ClusterIdentifier", "shape-rs"), ("NodeType", "dc2.large"),
            ("MasterUsername", "admin1"), ("MasterUserPassword", "Password1"), ("ClusterType", "single-node"));
        await QueryAsync("elasticache", "2015-02-02", "CreateCacheCluster", ("CacheClusterId", "shape-cache"), ("Engine", "redis"),
            ("CacheNodeType", "cache.t3.micro"), ("NumCacheNodes", "1"));
        await JsonAsync("glue", "AWSGlue.CreateDatabase", new JsonObject { ["DatabaseInput"] = new JsonObject { ["Name"] = "shape_db" } });
        await JsonAsync("glue", "AWSGlue.CreateConnection", new JsonObject
        {
            ["ConnectionInput"] = new JsonObject
            {
                ["Name"] = "shape-jdbc", ["ConnectionType"] = "JDBC",
                ["ConnectionProperties"] = new JsonObject { ["JDBC_CONNECTION_URL"] = "jdbc:postgresql://db.shapes.example.com/shape" },
            },
        });
        await JsonAsync("glue", "AWSGlue.CreateCrawler", new JsonObject
        {
            ["Name"] = "shape-crawler", ["Role"] = RoleArn,
            ["Targets"] = new JsonObject { ["S3Targets"] = new JsonArray(new JsonObject { ["Path"] = $"s3://{LogBucket}/" }) },
        });
        await JsonAsync("glue", "AWSGlue.CreateJob", new JsonObject
        {
            ["Name"] = "shape-job", ["Role"] = RoleArn,
            ["Command"] = new JsonObject { ["Name"] = "glueetl", ["ScriptLocation"] = $"s3://{LogBucket}/job.py" },
        });
        await JsonAsync("glue", "AWSGlue.CreateSecurityConfiguration", new JsonObject { ["Name"] = "shape-glue-sec", ["EncryptionConfiguration"] = new JsonObject() });
        await JsonAsync("glue", "AWSGlue.CreateDevEndpoint", new JsonObject { ["EndpointName"] = "shape-dev", ["RoleArn"] = RoleArn });
        await JsonAsync("glue", "AWSGlue.CreateTable", new JsonObject { ["DatabaseName"] = "shape_db", ["TableInput"] = new JsonObject { ["Name"] = "shape_table" } });
        await JsonAsync("kinesis", "Kinesis_20131202.CreateStream", new JsonObject { ["StreamName"] = "shape-stream", ["ShardCount"] = 1 });
        await JsonAsync("firehose", "Firehose_20150804.CreateDeliveryStream", new JsonObject
        {
            ["DeliveryStreamName"] = "shape-firehose",
            ["S3DestinationConfiguration"] = new JsonObject { ["RoleARN"] = RoleArn, ["BucketARN"] = $"arn:aws:s3:::{LogBucket}" },
        });
        await JsonAsync("athena", "AmazonAthena.CreateWorkGroup", new JsonObject { ["Name"] = "shape-wg" });
        await RestAsync("es", HttpMethod.Post, "/2015-01-01/es/domain", new JsonObject { ["DomainName"] = "shape-search" });
        await RestAsync("elasticfilesystem", HttpMethod.Post, "/2015-02-01/file-systems", new JsonObject { ["CreationToken"] = "shape-efs" });
        await JsonAsync("application-autoscaling", "AnyScaleFrontendService.PutScalingPolicy", new JsonObject
        {
            ["PolicyName"] = "shape-scaling",
            ["ServiceNamespace"] = "dynamodb",
            ["ResourceId"] = $"table/{Table}",
            ["ScalableDimension"] = "dynamodb:table:ReadCapacityUnits",
            ["PolicyType"] = "TargetTrackingScaling",
            ["TargetTrackingScalingPolicyConfiguration"] = new JsonObject
            {
                ["TargetValue"] = 50,
                ["PredefinedMetricSpecification"] = new JsonObject { ["PredefinedMetricType"] = "DynamoDBReadCapacityUtilization" },
            },
        });
    }

    private async Task SecurityAsync()
    {
        await JsonAsync("cloudtrail", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.CreateTrail", new JsonObject
        {
            ["Name"] = "shape-trail",
            ["S3BucketName"] = LogBucket,
        });
        await JsonAsync("config", "StarlingDoveService.PutConfigurationRecorder", new JsonObject
        {
            ["ConfigurationRecorder"] = new JsonObject { ["name"] = "default", ["roleARN"] = RoleArn },
        });
        await JsonAsync("config", "StarlingDoveService.PutDeliveryChannel", new JsonObject
        {
            ["DeliveryChannel"] = new JsonObject { ["name"] = "default", ["s3BucketName"] = LogBucket },
        });
        DetectorId = (string)(await RestAsync("guardduty", HttpMethod.Post, "/detector", new JsonObject { ["enable"] = true }))["detectorId"]!;
        await RestAsync("securityhub", HttpMethod.Post, "/accounts", new JsonObject());
        await JsonAsync("secretsmanager", "secretsmanager.CreateSecret", new JsonObject { ["Name"] = "shape-secret", ["SecretString"] = "not-in-records" });
        await JsonAsync("ssm", "AmazonSSM.PutParameter", new JsonObject { ["Name"] = "shape-param", ["Value"] = "v", ["Type"] = "String" });
        await JsonAsync("acm", "CertificateManager.RequestCertificate", new JsonObject { ["DomainName"] = Domain });
        await JsonAsync("wafv2", "AWSWAF_20190729.CreateWebACL", new JsonObject
        {
            ["Name"] = "shape-acl",
            ["Scope"] = "REGIONAL",
            ["DefaultAction"] = new JsonObject { ["Allow"] = new JsonObject() },
            ["VisibilityConfig"] = new JsonObject { ["SampledRequestsEnabled"] = false, ["CloudWatchMetricsEnabled"] = false, ["MetricName"] = "shape" },
        });
        await JsonAsync("config", "StarlingDoveService.PutConfigRule", new JsonObject
        {
            ["ConfigRule"] = new JsonObject
            {
                ["ConfigRuleName"] = "shape-rule",
                ["Source"] = new JsonObject { ["Owner"] = "AWS", ["SourceIdentifier"] = "S3_BUCKET_VERSIONING_ENABLED" },
            },
        });
        await moto.Seed.CreateUserAsync(Account, "shape-user", ct);
        await QueryAsync("iam", "2010-05-08", "CreateGroup", ("GroupName", "shape-group"));
        await QueryAsync("iam", "2010-05-08", "CreateInstanceProfile", ("InstanceProfileName", "shape-profile"));
        await QueryAsync("iam", "2010-05-08", "AddRoleToInstanceProfile", ("InstanceProfileName", "shape-profile"), ("RoleName", "shape-role"));
        await moto.Seed.CreatePolicyAsync(Account, "shape-policy", PolicyDocuments.Allow("*", "s3:ListAllMyBuckets"), ct);
        await QueryAsync("iam", "2010-05-08", "UploadServerCertificate", ("ServerCertificateName", "shape-cert"),
            ("CertificateBody", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"),
            ("PrivateKey", "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"));
        await QueryAsync("iam", "2010-05-08", "CreateVirtualMFADevice", ("VirtualMFADeviceName", "shape-mfa"));
        await QueryAsync("iam", "2010-05-08", "UpdateAccountPasswordPolicy", ("MinimumPasswordLength", "14"), ("RequireSymbols", "true"));
        await moto.Seed.CreateOrganizationAsync(ct);
        await JsonAsync("organizations", "AWSOrganizationsV20161128.CreatePolicy", new JsonObject
        {
            ["Name"] = "shape-scp",
            ["Description"] = "shape",
            ["Type"] = "SERVICE_CONTROL_POLICY",
            ["Content"] = PolicyDocuments.Allow("*", "*"),
        });
    }

    private async Task OthersAsync()
    {
        var functionArn = await moto.Seed.CreateFunctionAsync(Account, Region, "shape-fn", RoleArn, ct);
        await RestAsync("lambda", HttpMethod.Post, "/2015-03-31/functions/shape-fn/policy", new JsonObject
        {
            ["StatementId"] = "allow-s3",
            ["Action"] = "lambda:InvokeFunction",
            ["Principal"] = "s3.amazonaws.com",
        });
        await RestAsync("lambda", HttpMethod.Post, "/2018-10-31/layers/shape-layer/versions", new JsonObject
        {
            ["Content"] = new JsonObject { ["S3Bucket"] = LogBucket, ["S3Key"] = "layer.zip" },
            ["CompatibleRuntimes"] = new JsonArray("python3.12"),
        });
        _ = functionArn;
        await JsonAsync("sagemaker", "SageMaker.CreateModel", new JsonObject
        {
            ["ModelName"] = "shape-model",
            ["ExecutionRoleArn"] = RoleArn,
            ["PrimaryContainer"] = new JsonObject { ["Image"] = $"{Account}.dkr.ecr.{Region}.amazonaws.com/shape:latest" },
        });
        await JsonAsync("sagemaker", "SageMaker.CreateEndpointConfig", new JsonObject
        {
            ["EndpointConfigName"] = "shape-config",
            ["ProductionVariants"] = new JsonArray(new JsonObject
            {
                ["VariantName"] = "all", ["ModelName"] = "shape-model", ["InitialInstanceCount"] = 1, ["InstanceType"] = "ml.t2.medium",
            }),
        });
        await JsonAsync("sagemaker", "SageMaker.CreateEndpoint", new JsonObject { ["EndpointName"] = "shape-endpoint", ["EndpointConfigName"] = "shape-config" });
        await JsonAsync("codepipeline", "CodePipeline_20150709.CreatePipeline", new JsonObject
        {
            ["pipeline"] = new JsonObject
            {
                ["name"] = "shape-pipeline",
                ["roleArn"] = $"arn:aws:iam::{Account}:role/shape-pipeline-role",
                ["artifactStore"] = new JsonObject { ["type"] = "S3", ["location"] = LogBucket },
                ["stages"] = new JsonArray(
                    Stage("Source", "Source", "S3", new JsonObject { ["S3Bucket"] = LogBucket, ["S3ObjectKey"] = "source.zip" }, outputs: true),
                    Stage("Build", "Build", "CodeBuild", new JsonObject { ["ProjectName"] = "shape-build" }, outputs: false)),
            },
        });
        await JsonAsync("logs", "Logs_20140328.CreateLogGroup", new JsonObject { ["logGroupName"] = "shape-logs" });
        await JsonAsync("logs", "Logs_20140328.PutMetricFilter", new JsonObject
        {
            ["logGroupName"] = "shape-logs",
            ["filterName"] = "errors",
            ["filterPattern"] = "ERROR",
            ["metricTransformations"] = new JsonArray(new JsonObject { ["metricName"] = "errors", ["metricNamespace"] = "shape", ["metricValue"] = "1" }),
        });
        await QueryAsync("monitoring", "2010-08-01", "PutMetricAlarm", ("AlarmName", "shape-alarm"), ("MetricName", "errors"), ("Namespace", "shape"),
            ("Statistic", "Sum"), ("Period", "60"), ("EvaluationPeriods", "1"), ("Threshold", "1"), ("ComparisonOperator", "GreaterThanThreshold"));
        using (var zone = new StringContent(
            "<CreateHostedZoneRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">" +
            $"<Name>{Domain}</Name><CallerReference>shape</CallerReference></CreateHostedZoneRequest>", Encoding.UTF8, "application/xml"))
        {
            await moto.Raw.RestAsync(Account, "route53", Region, HttpMethod.Post, "/2013-04-01/hostedzone", zone, ct);
        }

        using (var distribution = new StringContent(
            "<DistributionConfig xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><CallerReference>shape</CallerReference>" +
            $"<Origins><Quantity>1</Quantity><Items><Origin><Id>logs</Id><DomainName>{LogBucket}.s3.amazonaws.com</DomainName>" +
            "<S3OriginConfig><OriginAccessIdentity></OriginAccessIdentity></S3OriginConfig></Origin></Items></Origins>" +
            "<DefaultCacheBehavior><TargetOriginId>logs</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy><MinTTL>0</MinTTL></DefaultCacheBehavior>" +
            "<Comment>shape</Comment><Enabled>true</Enabled></DistributionConfig>", Encoding.UTF8, "application/xml"))
        {
            await moto.Raw.RestAsync(Account, "cloudfront", Region, HttpMethod.Post, "/2020-05-31/distribution", distribution, ct);
        }

        await RestAsync("apigateway", HttpMethod.Post, "/domainnames", new JsonObject { ["domainName"] = $"api.{Domain}" });
        await JsonAsync("directconnect", "OvertureService.CreateConnection", new JsonObject
        {
            ["location"] = "EqDC2", ["bandwidth"] = "1Gbps", ["connectionName"] = "shape-dx",
        });
        await RestAsync("apigateway", HttpMethod.Post, "/restapis", new JsonObject { ["name"] = "shape-api" });
        HttpApiId = (string)(await RestAsync("apigateway", HttpMethod.Post, "/v2/apis", new JsonObject { ["name"] = "shape-http", ["protocolType"] = "HTTP" }))["apiId"]!;
        await JsonAsync("elasticmapreduce", "ElasticMapReduce.CreateSecurityConfiguration", new JsonObject
        {
            ["Name"] = "shape-emr-sec",
            ["SecurityConfiguration"] = """{"EncryptionConfiguration":{"EnableInTransitEncryption":false,"EnableAtRestEncryption":false}}""",
        });
        await JsonAsync("elasticmapreduce", "ElasticMapReduce.RunJobFlow", new JsonObject
        {
            ["Name"] = "shape-emr",
            ["ReleaseLabel"] = "emr-6.0.0",
            ["Instances"] = new JsonObject { ["MasterInstanceType"] = "m5.xlarge", ["InstanceCount"] = 1, ["KeepJobFlowAliveWhenNoSteps"] = true },
            ["JobFlowRole"] = "EMR_EC2_DefaultRole",
            ["ServiceRole"] = "EMR_DefaultRole",
        });
        await JsonAsync("sagemaker", "SageMaker.CreateNotebookInstance", new JsonObject
        {
            ["NotebookInstanceName"] = "shape-notebook",
            ["InstanceType"] = "ml.t2.medium",
            ["RoleArn"] = RoleArn,
        });
        await JsonAsync("transfer", "TransferService.CreateServer", new JsonObject());
        await JsonAsync("dms", "AmazonDMSv20160101.CreateReplicationInstance", new JsonObject
        {
            ["ReplicationInstanceIdentifier"] = "shape-dms",
            ["ReplicationInstanceClass"] = "dms.t3.micro",
        });
    }

    private static JsonObject Stage(string name, string category, string provider, JsonObject configuration, bool outputs)
    {
        var action = new JsonObject
        {
            ["name"] = name,
            ["actionTypeId"] = new JsonObject { ["category"] = category, ["owner"] = "AWS", ["provider"] = provider, ["version"] = "1" },
            ["configuration"] = configuration,
        };
        action[outputs ? "outputArtifacts" : "inputArtifacts"] = new JsonArray(new JsonObject { ["name"] = "source" });
        return new JsonObject { ["name"] = name, ["actions"] = new JsonArray(action) };
    }

    internal Task<string> QueryAsync(string service, string version, string action, params (string Name, string Value)[] parameters) =>
        moto.Raw.QueryAsync(Account, service, Region, version, action, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), ct);

    internal Task<System.Text.Json.JsonElement> JsonAsync(string service, string target, JsonObject payload, string version = "1.1") =>
        moto.Raw.JsonAsync(Account, service, Region, target, payload, version, ct);

    internal async Task<JsonNode> RestAsync(string service, HttpMethod method, string path, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return JsonNode.Parse(await moto.Raw.RestAsync(Account, service, Region, method, path, content, ct)) ?? new JsonObject();
    }

    private async Task S3PutAsync(string bucket, string subresource, string xml)
    {
        using var content = new StringContent(xml, Encoding.UTF8, "application/xml");
        await moto.Raw.RestAsync(Account, "s3", Region, HttpMethod.Put, $"/{bucket}?{subresource}", content, ct);
    }

    private static IEnumerable<string> Texts(string xml, string localName) =>
        XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == localName).Select(e => e.Value);
}
