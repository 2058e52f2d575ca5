using System.Text.Json.Nodes;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// Each resource <see cref="DataServicesSeed"/> made in moto (and each canned one) is in the
/// whole-catalog collection's records, under its service, asset type and ARN, with its security facts.
/// </summary>
[Collection(nameof(ReconAccount))]
public sealed class DataServicesTests(ReconAccount account)
{
    private const string Account = ReconAccountSeed.Account;
    private const string Region = ReconAccountSeed.Region;

    private DataServicesSeed Seed => account.Seed.DataServices;

    private InventoryRecord One(string service, string assetType, string name) =>
        Assert.Single(account.Of(service, assetType), r => r.Name == name);

    [Fact]
    public void FileSystemsBackupsTasksAndLocationsAreCollected()
    {
        One("FSx", "file_system", Seed.FileSystemArn);
        One("FSx", "backup", Seed.BackupArn);
        var task = One("DataSync", "task", Seed.DataSyncTaskArn);
        Assert.Equal(Seed.DataSyncLocationArn, (string?)task.Data["source_location_arn"]);
        One("DataSync", "location", Seed.DataSyncLocationArn);
    }

    [Fact]
    public void LakeFormationSettingsCarryTheirAdminsAndPermissions()
    {
        var settings = One("LakeFormation", "data_lake_settings", $"arn:aws:lakeformation:{Region}:{Account}:settings");
        Assert.Contains(settings.Data["data_lake_admins"]!.AsArray(), a => (string?)a!["data_lake_principal_identifier"] == DataServicesSeed.RoleArn);
        Assert.Contains(settings.Data["permissions"]!.AsArray(), p => (string?)p!["principal"]!["data_lake_principal_identifier"] == DataServicesSeed.RoleArn
            && (string?)p["resource"]!["database"]!["name"] == "shape_db");
    }

    [Fact]
    public void EmrApplicationsAndVirtualClustersAreCollected()
    {
        var application = Assert.Single(account.Of("EMRServerless", "application"), r => (string?)r.Data["application_id"] == Seed.ServerlessApplicationId);
        Assert.Equal("Spark", (string?)application.Data["application_type"]);
        Assert.Equal("emr-6.6.0", (string?)application.Data["release_label"]);
        Assert.Contains(account.Of("EMRContainers", "virtual_cluster"), r => (string?)r.Data["id"] == Seed.VirtualClusterId);
    }

    [Fact]
    public void QuickSightHasItsAccountUsersDataSourcesAndDashboards()
    {
        var quicksight = One("QuickSight", "account", $"arn:aws:quicksight::{Account}:account/{Account}");
        Assert.Equal("global", quicksight.Region);
        Assert.Equal(Region, (string?)quicksight.Data["default_namespace"]!["capacity_region"]);
        Assert.Contains(quicksight.Data["users"]!.AsArray(), u => (string?)u!["user_name"] == "shape-reader");
        Assert.Equal("ATHENA", (string?)One("QuickSight", "data_source", $"arn:aws:quicksight:{Region}:{Account}:datasource/shape-ds").Data["data_source_type"]);
        One("QuickSight", "dashboard", $"arn:aws:quicksight:{Region}:{Account}:dashboard/shape-dash");
    }

    [Fact]
    public void IotCertificatesAreIdsAndStatusWithoutKeys()
    {
        One("IoT", "thing", $"arn:aws:iot:{Region}:{Account}:thing/{DataServicesSeed.ThingName}");
        var policy = One("IoT", "policy", $"arn:aws:iot:{Region}:{Account}:policy/{DataServicesSeed.IotPolicy}");
        Assert.IsType<JsonArray>(policy.Data["policy"]!["Statement"]);
        var certificate = Assert.Single(account.Of("IoT", "certificate"), r => (string?)r.Data["certificate_id"] == Seed.CertificateId);
        Assert.Equal("ACTIVE", (string?)certificate.Data["status"]);
        var text = certificate.Data.ToJsonString();
        Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN CERTIFICATE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentityCenterPermissionSetsCarryPoliciesAndAssignments()
    {
        One("SSOAdmin", "instance", Seed.SsoInstanceArn);
        var set = One("SSOAdmin", "permission_set", Seed.PermissionSetId);
        Assert.Equal("shape-ps", (string?)set.Data["name"]);
        Assert.Equal(Seed.SsoInstanceArn, (string?)set.Data["instance_arn"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DataServicesSeed.InlinePolicy), set.Data["inline_policy"]));
        Assert.Contains(set.Data["managed_policies"]!.AsArray(), p => (string?)p!["arn"] == "arn:aws:iam::aws:policy/ReadOnlyAccess");
        Assert.Contains(set.Data["customer_managed_policies"]!.AsArray(), p => (string?)p!["name"] == "shape-policy");
        Assert.Contains(set.Data["account_assignments"]!.AsArray(), a => (string?)a!["account_id"] == Account && (string?)a["principal_type"] == "USER");
    }

    [Fact]
    public void IdentityStoreUsersAndGroupsAreFoundThroughTheInstance()
    {
        // Names are values the model marks sensitive: the records carry ids.
        var user = One("IdentityStore", "user", $"arn:aws:identitystore:::user/{Seed.IdentityUserId}");
        Assert.Equal(Seed.StoreId, (string?)user.Data["identity_store_id"]);
        Assert.Equal("[FILTERED]", (string?)user.Data["user_name"]);
        One("IdentityStore", "group", $"arn:aws:identitystore:::group/{Seed.IdentityGroupId}");
    }

    [Fact]
    public void GroupsVaultsAndAccessPointsCarryTheirQueriesAndPolicies()
    {
        var group = Assert.Single(account.Of("ResourceGroups", "group"), r => (string?)r.Data["group_name"] == "shape-group");
        Assert.Equal("TAG_FILTERS_1_0", (string?)group.Data["query"]!["type"]);
        var vault = One("Glacier", "vault", $"arn:aws:glacier:{Region}:{Account}:vaults/{DataServicesSeed.Vault}");
        Assert.IsType<JsonArray>(vault.Data["policy"]!["Statement"]);
        var point = One("S3Control", "access_point", $"arn:aws:s3:{Region}:{Account}:accesspoint/{DataServicesSeed.AccessPoint}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DataServicesSeed.AccessPointPolicy), point.Data["policy"]));
        var block = Assert.Single(account.Of("S3Control", "account_public_access_block"));
        Assert.True((bool)block.Data["block_public_acls"]!);
        Assert.Single(account.Of("S3Control", "multi_region_access_point"), r => (string?)r.Data["name"] == DataServicesSeed.MultiRegionAccessPoint);
        One("Budgets", "budget", $"arn:aws:budgets::{Account}:budget/{DataServicesSeed.Budget}");
    }

    [Fact]
    public void BedrockModelsGuardrailsLoggingAgentsAndKnowledgeBasesAreCollected()
    {
        One("Bedrock", "custom_model", Seed.CustomModelArn);
        var guardrail = One("Bedrock", "guardrail", $"arn:aws:bedrock:{Region}:{Account}:guardrail/{DataServicesCanned.GuardrailId}");
        Assert.Equal("HATE", (string?)guardrail.Data["content_policy"]!["filters"]![0]!["type"]);
        var logging = Assert.Single(account.Of("Bedrock", "logging_configuration"));
        Assert.Equal(DataServicesSeed.Bucket, (string?)logging.Data["logging_config"]!["s3_config"]!["bucket_name"]);
        One("BedrockAgent", "agent", Seed.AgentArn);
        One("BedrockAgent", "knowledge_base", Seed.KnowledgeBaseArn);
    }

    [Fact]
    public void LatticeNetworksCarryTheirAuthAndResourcePolicies()
    {
        var network = One("VPCLattice", "service_network", Seed.ServiceNetworkArn);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DataServicesSeed.AuthPolicy), network.Data["auth_policy"]!["policy"]));
        Assert.IsType<JsonArray>(network.Data["resource_policy"]!["Statement"]);
        var service = One("VPCLattice", "service", Seed.LatticeServiceArn);
        Assert.False(service.Data.ContainsKey("auth_policy"));
    }

    [Fact]
    public void SesV2DiscoveryAppConfigAndVideoStreamsAreCollected()
    {
        var identity = One("SESV2", "email_identity", $"arn:aws:ses:{Region}:{Account}:identity/{DataServicesSeed.EmailDomain}");
        Assert.IsType<JsonArray>(identity.Data["policies"]!["shape"]!["Statement"]);
        One("SESV2", "configuration_set", $"arn:aws:ses:{Region}:{Account}:configuration-set/{DataServicesSeed.ConfigurationSet}");
        Assert.Equal("HTTP", (string?)One("ServiceDiscovery", "namespace", Seed.NamespaceArn).Data["namespace_type"]);
        One("ServiceDiscovery", "service", Seed.DiscoveryServiceArn);
        var application = One("AppConfig", "application", $"arn:aws:appconfig:{Region}:{Account}:application/{Seed.AppConfigApplicationId}");
        Assert.Contains(application.Data["configuration_profiles"]!.AsArray(), p => (string?)p!["name"] == "shape-profile");
        Assert.Single(application.Data["environments"]!.AsArray());
        One("KinesisVideo", "stream", Seed.StreamArn);
    }
}
