using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// One of each resource the storage, analytics, identity, AI and application services of the
/// catalog list (FSx to Kinesis Video), in moto's management account and us-east-1, so that each
/// of their listings has an item and each follow-up runs. Multi-region access points are in
/// us-west-2, where their API is.
/// </summary>
public sealed class DataServicesSeed(MotoServer moto, CancellationToken ct)
{
    private const string Account = ReconAccountSeed.Account;
    private const string Region = ReconAccountSeed.Region;
    public const string Bucket = "shape-data";
    public const string Vault = "shape-vault";
    public const string AccessPoint = "shape-ap";
    public const string MultiRegionAccessPoint = "shape-mrap";
    public const string Budget = "shape-budget";
    public const string EmailDomain = "v2.shapes.example.com";
    public const string ConfigurationSet = "shape-config-set";
    public const string Stream = "shape-stream";
    public const string IdentityUser = "shape-alice";
    public const string IdentityGroup = "shape-admins";
    public const string ThingName = "shape-thing";
    public const string IotPolicy = "shape-iot-policy";

    public static readonly string AccessPointPolicy = PolicyDocuments.Allow($"arn:aws:s3:{Region}:{Account}:accesspoint/{AccessPoint}/object/*", "s3:GetObject");
    public static readonly string InlinePolicy = PolicyDocuments.Allow("*", "s3:ListBucket");
    public static readonly string AuthPolicy = PolicyDocuments.Allow("*", "vpc-lattice-svcs:Invoke");

    public string FileSystemArn { get; private set; } = "";
    public string BackupArn { get; private set; } = "";
    public string DataSyncTaskArn { get; private set; } = "";
    public string DataSyncLocationArn { get; private set; } = "";
    public string ServerlessApplicationId { get; private set; } = "";
    public string VirtualClusterId { get; private set; } = "";
    public string CertificateId { get; private set; } = "";
    public string SsoInstanceArn { get; private set; } = "";
    public string StoreId { get; private set; } = "";
    public string PermissionSetId { get; private set; } = "";
    public string IdentityUserId { get; private set; } = "";
    public string IdentityGroupId { get; private set; } = "";
    public string CustomModelArn { get; private set; } = "";
    public string AgentArn { get; private set; } = "";
    public string KnowledgeBaseArn { get; private set; } = "";
    public string ServiceNetworkArn { get; private set; } = "";
    public string LatticeServiceArn { get; private set; } = "";
    public string NamespaceArn { get; private set; } = "";
    public string DiscoveryServiceArn { get; private set; } = "";
    public string AppConfigApplicationId { get; private set; } = "";
    public string StreamArn { get; private set; } = "";
    public const string RoleArn = ReconAccountSeed.RoleArn;

    public async Task SeedAsync()
    {
        await moto.Seed.CreateBucketAsync(Account, Bucket, ct: ct);
        await StorageAsync();
        await AnalyticsAsync();
        await IdentityAsync();
        await AiAsync();
        await ApplicationsAsync();
    }

    private async Task StorageAsync()
    {
        var subnet = System.Xml.Linq.XDocument.Parse(await moto.Raw.QueryAsync(Account, "ec2", Region, "2016-11-15", "DescribeSubnets", [], ct))
            .Descendants().First(e => e.Name.LocalName == "subnetId").Value;
        var fileSystem = await JsonAsync("fsx", "AWSSimbaAPIService_v20180301.CreateFileSystem", new JsonObject
        {
            ["FileSystemType"] = "LUSTRE", ["StorageCapacity"] = 1200, ["SubnetIds"] = new JsonArray(subnet),
        });
        FileSystemArn = fileSystem.GetProperty("FileSystem").GetProperty("ResourceARN").GetString()!;
        var backup = await JsonAsync("fsx", "AWSSimbaAPIService_v20180301.CreateBackup", new JsonObject
        {
            ["FileSystemId"] = fileSystem.GetProperty("FileSystem").GetProperty("FileSystemId").GetString(),
        });
        BackupArn = backup.GetProperty("Backup").GetProperty("ResourceARN").GetString()!;
        DataSyncLocationArn = (await JsonAsync("datasync", "FmrsService.CreateLocationS3", new JsonObject
        {
            ["S3BucketArn"] = $"arn:aws:s3:::{Bucket}", ["S3Config"] = new JsonObject { ["BucketAccessRoleArn"] = RoleArn },
        })).GetProperty("LocationArn").GetString()!;
        DataSyncTaskArn = (await JsonAsync("datasync", "FmrsService.CreateTask", new JsonObject
        {
            ["SourceLocationArn"] = DataSyncLocationArn, ["DestinationLocationArn"] = DataSyncLocationArn, ["Name"] = "shape-task",
        })).GetProperty("TaskArn").GetString()!;
        await RestAsync("glacier", HttpMethod.Put, $"/{Account}/vaults/{Vault}", null);

        // S3 Control: an access point with a policy, the account's public access block, a multi-region access point.
        await S3ControlAsync(Region, HttpMethod.Put, $"/v20180820/accesspoint/{AccessPoint}",
            $"<CreateAccessPointRequest xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\"><Bucket>{Bucket}</Bucket></CreateAccessPointRequest>");
        await S3ControlAsync(Region, HttpMethod.Put, $"/v20180820/accesspoint/{AccessPoint}/policy",
            $"<PutAccessPointPolicyRequest xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\"><Policy>{System.Security.SecurityElement.Escape(AccessPointPolicy)}</Policy></PutAccessPointPolicyRequest>");
        await S3ControlAsync(Region, HttpMethod.Put, "/v20180820/configuration/publicAccessBlock",
            "<PublicAccessBlockConfiguration xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\"><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
        await S3ControlAsync("us-west-2", HttpMethod.Post, "/v20180820/async-requests/mrap/create",
            "<CreateMultiRegionAccessPointRequest xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\"><ClientToken>shape</ClientToken><Details>" +
            $"<Name>{MultiRegionAccessPoint}</Name><Regions><Region><Bucket>{Bucket}</Bucket></Region></Regions></Details></CreateMultiRegionAccessPointRequest>");
        await JsonAsync("budgets", "AWSBudgetServiceGateway.CreateBudget", new JsonObject
        {
            ["AccountId"] = Account,
            ["Budget"] = new JsonObject
            {
                ["BudgetName"] = Budget, ["BudgetLimit"] = new JsonObject { ["Amount"] = "10", ["Unit"] = "USD" },
                ["TimeUnit"] = "MONTHLY", ["BudgetType"] = "COST",
            },
        });
        StreamArn = (string)(await RestAsync("kinesisvideo", HttpMethod.Post, "/createStream", new JsonObject { ["StreamName"] = Stream, ["DataRetentionInHours"] = 24 }))["StreamARN"]!;
    }

    private async Task AnalyticsAsync()
    {
        await RestAsync("lakeformation", HttpMethod.Post, "/PutDataLakeSettings", new JsonObject
        {
            ["DataLakeSettings"] = new JsonObject { ["DataLakeAdmins"] = new JsonArray(new JsonObject { ["DataLakePrincipalIdentifier"] = RoleArn }) },
        });
        await RestAsync("lakeformation", HttpMethod.Post, "/GrantPermissions", new JsonObject
        {
            ["Principal"] = new JsonObject { ["DataLakePrincipalIdentifier"] = RoleArn },
            ["Resource"] = new JsonObject { ["Database"] = new JsonObject { ["Name"] = "shape_db" } },
            ["Permissions"] = new JsonArray("DESCRIBE"),
        });
        ServerlessApplicationId = (string)(await RestAsync("emr-serverless", HttpMethod.Post, "/applications", new JsonObject
        {
            ["name"] = "shape-spark", ["releaseLabel"] = "emr-6.6.0", ["type"] = "SPARK", ["clientToken"] = "shape",
        }))["applicationId"]!;
        VirtualClusterId = (string)(await RestAsync("emr-containers", HttpMethod.Post, "/virtualclusters", new JsonObject
        {
            ["name"] = "shape-vc", ["clientToken"] = "shape",
            ["containerProvider"] = new JsonObject { ["type"] = "EKS", ["id"] = "shape-eks", ["info"] = new JsonObject { ["eksInfo"] = new JsonObject { ["namespace"] = "shape" } } },
        }))["id"]!;
        await RestAsync("quicksight", HttpMethod.Post, $"/accounts/{Account}/data-sources", new JsonObject
        {
            ["DataSourceId"] = "shape-ds", ["Name"] = "shape-ds", ["Type"] = "ATHENA",
        });
        await RestAsync("quicksight", HttpMethod.Post, $"/accounts/{Account}/dashboards/shape-dash", new JsonObject
        {
            ["Name"] = "shape-dash",
            ["SourceEntity"] = new JsonObject
            {
                ["SourceTemplate"] = new JsonObject
                {
                    ["Arn"] = $"arn:aws:quicksight:{Region}:{Account}:template/shape",
                    ["DataSetReferences"] = new JsonArray(new JsonObject { ["DataSetPlaceholder"] = "x", ["DataSetArn"] = $"arn:aws:quicksight:{Region}:{Account}:dataset/shape" }),
                },
            },
        });
        await RestAsync("quicksight", HttpMethod.Post, $"/accounts/{Account}/namespaces/default/users", new JsonObject
        {
            ["IdentityType"] = "QUICKSIGHT", ["Email"] = "reader@shapes.example.com", ["UserRole"] = "READER", ["UserName"] = "shape-reader",
        });
    }

    private async Task IdentityAsync()
    {
        await RestAsync("iot", HttpMethod.Post, $"/things/{ThingName}", new JsonObject());
        await RestAsync("iot", HttpMethod.Post, $"/policies/{IotPolicy}", new JsonObject { ["policyDocument"] = PolicyDocuments.Allow("*", "iot:Connect") });
        CertificateId = (string)(await RestAsync("iot", HttpMethod.Post, "/keys-and-certificate?setAsActive=true", new JsonObject()))["certificateId"]!;

        var instance = (await JsonAsync("sso", "SWBExternalService.ListInstances", new JsonObject())).GetProperty("Instances")[0];
        SsoInstanceArn = instance.GetProperty("InstanceArn").GetString()!;
        StoreId = instance.GetProperty("IdentityStoreId").GetString()!;
        PermissionSetId = (await JsonAsync("sso", "SWBExternalService.CreatePermissionSet", new JsonObject { ["Name"] = "shape-ps", ["InstanceArn"] = SsoInstanceArn }))
            .GetProperty("PermissionSet").GetProperty("PermissionSetArn").GetString()!;
        var permissionSet = new JsonObject { ["InstanceArn"] = SsoInstanceArn, ["PermissionSetArn"] = PermissionSetId };
        await JsonAsync("sso", "SWBExternalService.PutInlinePolicyToPermissionSet", With(permissionSet, "InlinePolicy", InlinePolicy));
        await JsonAsync("sso", "SWBExternalService.AttachManagedPolicyToPermissionSet", With(permissionSet, "ManagedPolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        await JsonAsync("sso", "SWBExternalService.AttachCustomerManagedPolicyReferenceToPermissionSet", With(permissionSet, "CustomerManagedPolicyReference", new JsonObject { ["Name"] = "shape-policy" }));
        IdentityUserId = (await JsonAsync("identitystore", "AWSIdentityStore.CreateUser", new JsonObject
        {
            ["IdentityStoreId"] = StoreId, ["UserName"] = IdentityUser, ["DisplayName"] = "Alice",
            ["Name"] = new JsonObject { ["GivenName"] = "Alice", ["FamilyName"] = "Shape" },
        })).GetProperty("UserId").GetString()!;
        IdentityGroupId = (await JsonAsync("identitystore", "AWSIdentityStore.CreateGroup", new JsonObject { ["IdentityStoreId"] = StoreId, ["DisplayName"] = IdentityGroup }))
            .GetProperty("GroupId").GetString()!;
        var assignment = (JsonObject)permissionSet.DeepClone();
        assignment["TargetId"] = Account;
        assignment["TargetType"] = "AWS_ACCOUNT";
        assignment["PrincipalType"] = "USER";
        assignment["PrincipalId"] = IdentityUserId;
        await JsonAsync("sso", "SWBExternalService.CreateAccountAssignment", assignment);
        await RestAsync("resource-groups", HttpMethod.Post, "/groups", new JsonObject
        {
            ["Name"] = "shape-group",
            ["ResourceQuery"] = new JsonObject
            {
                ["Type"] = "TAG_FILTERS_1_0",
                ["Query"] = """{"ResourceTypeFilters":["AWS::AllSupported"],"TagFilters":[{"Key":"team","Values":["shapes"]}]}""",
            },
        });
    }

    private async Task AiAsync()
    {
        await RestAsync("bedrock", HttpMethod.Post, "/model-customization-jobs", new JsonObject
        {
            ["jobName"] = "shape-job", ["customModelName"] = "shape-model", ["roleArn"] = RoleArn,
            ["baseModelIdentifier"] = "amazon.titan-text-express-v1",
            ["trainingDataConfig"] = new JsonObject { ["s3Uri"] = $"s3://{Bucket}/train" },
            ["outputDataConfig"] = new JsonObject { ["s3Uri"] = $"s3://{Bucket}/out" },
            ["hyperParameters"] = new JsonObject(),
        });
        CustomModelArn = $"arn:aws:bedrock:{Region}:{Account}:custom-model/shape-model";
        await RestAsync("bedrock", HttpMethod.Put, "/logging/modelinvocations", new JsonObject
        {
            ["loggingConfig"] = new JsonObject { ["s3Config"] = new JsonObject { ["bucketName"] = Bucket }, ["textDataDeliveryEnabled"] = true },
        });
        AgentArn = (string)(await RestAsync("bedrock", HttpMethod.Put, "/agents/", new JsonObject
        {
            ["agentName"] = "shape-agent", ["agentResourceRoleArn"] = RoleArn, ["foundationModel"] = "anthropic.claude-v2",
        }))["agent"]!["agentArn"]!;
        KnowledgeBaseArn = (string)(await RestAsync("bedrock", HttpMethod.Put, "/knowledgebases/", new JsonObject
        {
            ["name"] = "shape-kb", ["roleArn"] = RoleArn,
            ["knowledgeBaseConfiguration"] = new JsonObject
            {
                ["type"] = "VECTOR",
                ["vectorKnowledgeBaseConfiguration"] = new JsonObject { ["embeddingModelArn"] = $"arn:aws:bedrock:{Region}::foundation-model/amazon.titan-embed-text-v1" },
            },
            ["storageConfiguration"] = new JsonObject
            {
                ["type"] = "OPENSEARCH_SERVERLESS",
                ["opensearchServerlessConfiguration"] = new JsonObject
                {
                    ["collectionArn"] = $"arn:aws:aoss:{Region}:{Account}:collection/shape", ["vectorIndexName"] = "shape",
                    ["fieldMapping"] = new JsonObject { ["vectorField"] = "v", ["textField"] = "t", ["metadataField"] = "m" },
                },
            },
        }))["knowledgeBase"]!["knowledgeBaseArn"]!;
    }

    private async Task ApplicationsAsync()
    {
        ServiceNetworkArn = (string)(await RestAsync("vpc-lattice", HttpMethod.Post, "/servicenetworks", new JsonObject { ["name"] = "shape-network", ["authType"] = "AWS_IAM" }))["arn"]!;
        LatticeServiceArn = (string)(await RestAsync("vpc-lattice", HttpMethod.Post, "/services", new JsonObject { ["name"] = "shape-service", ["authType"] = "AWS_IAM" }))["arn"]!;
        await RestAsync("vpc-lattice", HttpMethod.Put, $"/authpolicy/{Uri.EscapeDataString(ServiceNetworkArn)}", new JsonObject { ["policy"] = AuthPolicy });
        await RestAsync("vpc-lattice", HttpMethod.Put, $"/resourcepolicy/{Uri.EscapeDataString(ServiceNetworkArn)}", new JsonObject
        {
            ["policy"] = PolicyDocuments.Allow(ServiceNetworkArn, "vpc-lattice:CreateServiceNetworkVpcAssociation"),
        });
        await RestAsync("ses", HttpMethod.Post, "/v2/email/identities", new JsonObject { ["EmailIdentity"] = EmailDomain });
        await RestAsync("ses", HttpMethod.Post, $"/v2/email/identities/{EmailDomain}/policies/shape", new JsonObject { ["Policy"] = PolicyDocuments.Allow("*", "ses:SendEmail") });
        await RestAsync("ses", HttpMethod.Post, "/v2/email/configuration-sets", new JsonObject { ["ConfigurationSetName"] = ConfigurationSet });
        await JsonAsync("servicediscovery", "Route53AutoNaming_v20170314.CreateHttpNamespace", new JsonObject { ["Name"] = "shape-ns" });
        var namespaces = await JsonAsync("servicediscovery", "Route53AutoNaming_v20170314.ListNamespaces", new JsonObject());
        NamespaceArn = namespaces.GetProperty("Namespaces")[0].GetProperty("Arn").GetString()!;
        DiscoveryServiceArn = (await JsonAsync("servicediscovery", "Route53AutoNaming_v20170314.CreateService", new JsonObject
        {
            ["Name"] = "shape-discovered", ["NamespaceId"] = namespaces.GetProperty("Namespaces")[0].GetProperty("Id").GetString(),
        })).GetProperty("Service").GetProperty("Arn").GetString()!;
        AppConfigApplicationId = (string)(await RestAsync("appconfig", HttpMethod.Post, "/applications", new JsonObject { ["Name"] = "shape-app" }))["Id"]!;
        await RestAsync("appconfig", HttpMethod.Post, $"/applications/{AppConfigApplicationId}/configurationprofiles", new JsonObject { ["Name"] = "shape-profile", ["LocationUri"] = "hosted" });
    }

    private static JsonObject With(JsonObject input, string key, JsonNode value)
    {
        var copy = (JsonObject)input.DeepClone();
        copy[key] = value;
        return copy;
    }

    private Task<JsonElement> JsonAsync(string service, string target, JsonObject payload) =>
        moto.Raw.JsonAsync(Account, service, Region, target, payload, "1.1", ct);

    private async Task<JsonNode> RestAsync(string service, HttpMethod method, string path, JsonObject? body)
    {
        using var content = new StringContent(body?.ToJsonString() ?? "", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var text = await moto.Raw.RestAsync(Account, service, Region, method, path, content, ct);
        return (text.Length > 0 ? JsonNode.Parse(text) : null) ?? new JsonObject();
    }

    private async Task S3ControlAsync(string region, HttpMethod method, string path, string xml)
    {
        using var request = moto.Raw.CreateRequest(method, path, "s3", region, Account);
        request.Headers.TryAddWithoutValidation("x-amz-account-id", Account);
        request.Content = new StringContent(xml, Encoding.UTF8, "application/xml");
        using var response = await moto.Raw.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"S3 Control {method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
