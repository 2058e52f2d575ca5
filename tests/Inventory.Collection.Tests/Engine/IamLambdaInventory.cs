using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// IAM and Lambda of one moto account, collected once for a class: a role in an instance
/// profile, a server certificate, users (for the credential report), a function without a
/// VPC, dead-letter queue or KMS key, and a layer with one version.
/// </summary>
public sealed class IamLambdaInventory : IAsyncLifetime
{
    public const string Account = EngineRun.Account;
    public const string Region = "eu-west-1";
    public const string Role = "profiled-app";
    public const string Profile = "app-profile";
    public const string Certificate = "legacy-tls";
    public const string Function = "plain-fn";
    public const string Layer = "shared-libs";
    public static readonly string TrustPolicy = PolicyDocuments.TrustService("ec2.amazonaws.com");

    private readonly MotoFixture _moto = new();

    public MotoServer Moto => _moto.Server;

    public FaultProxy Proxy { get; private set; } = null!;

    public IReadOnlyList<InventoryRecord> Records { get; private set; } = [];

    public CollectionReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await _moto.InitializeAsync();
        await Moto.ResetAsync(ct);
        await SeedAsync(Moto, ct);
        Proxy = await FaultProxy.StartAsync(Moto.Endpoint, ct);
        (Records, Report) = await CollectAsync(EngineRun.Client(Proxy), ServiceCatalog.Default, TimeProvider.System, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        await _moto.DisposeAsync();
    }

    public InventoryRecord Single(string assetType) => Assert.Single(Records, r => r.AssetType == assetType);

    /// <summary>Runs the engine over IAM (global) and Lambda in <see cref="Region"/>.</summary>
    public static async Task<(IReadOnlyList<InventoryRecord>, CollectionReport)> CollectAsync(
        AwsClient client, ServiceCatalog catalog, TimeProvider time, CancellationToken ct)
    {
        var plan = WorkPlan.Build(catalog, new RegionPlan([Region], Global: true, [], []), AwsPartition.Aws, ["iam", "lambda"], []);
        var run = await EngineRun.CollectAsync(client, plan, new CollectionOptions { Account = Account, Time = time }, ct);
        return (run.Records, run.Report);
    }

    public static async Task SeedAsync(MotoServer moto, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(moto);
        var roleArn = await moto.Seed.CreateRoleAsync(Account, Role, TrustPolicy, ct: ct);
        await IamAsync(moto, "CreateInstanceProfile", ct, ("InstanceProfileName", Profile));
        await IamAsync(moto, "AddRoleToInstanceProfile", ct, ("InstanceProfileName", Profile), ("RoleName", Role));
        await IamAsync(moto, "UploadServerCertificate", ct, ("ServerCertificateName", Certificate),
            ("CertificateBody", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"), ("PrivateKey", "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"));
        await moto.Seed.CreateUserAsync(Account, "carol", ct);
        await moto.Seed.CreateUserAsync(Account, "dave", ct);

        await moto.Seed.CreateFunctionAsync(Account, Region, Function, roleArn, ct);
        using var layer = JsonContent.Create(new JsonObject
        {
            ["Content"] = new JsonObject { ["ZipFile"] = Convert.ToBase64String(Zip()) },
            ["CompatibleRuntimes"] = new JsonArray("python3.12"),
        });
        await moto.Raw.RestAsync(Account, "lambda", Region, HttpMethod.Post, $"/2018-10-31/layers/{Layer}/versions", layer, ct);
    }

    private static Task<string> IamAsync(MotoServer moto, string action, CancellationToken ct, params (string Name, string Value)[] parameters) =>
        moto.Raw.QueryAsync(Account, "iam", "us-east-1", "2010-05-08", action, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), ct);

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("python/lib.py").Open());
            writer.Write("VALUE = 1\n");
        }

        return buffer.ToArray();
    }
}
