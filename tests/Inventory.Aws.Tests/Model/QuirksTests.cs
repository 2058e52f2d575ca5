using System.Text.Json.Nodes;
using Amazon.Runtime;
using Inventory.Aws.Endpoints;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Tests.Client;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Model;

/// <summary>
/// The quirk table: every row is keyed by a service and operation of the embedded models, and the
/// quirks the client consults change what goes over HTTP to moto.
/// </summary>
public sealed class QuirksTests(MotoFixture moto) : ProxiedMoto(moto), IClassFixture<MotoFixture>
{
    private const string Account = MotoCredentials.ManagementAccountId;

    private static readonly IReadOnlyList<ServiceModel> Models = [.. ServiceModels.Names.Select(ServiceModels.Get)];

    [Fact]
    public void EveryRowNamesAServiceAndAnOperationOfTheEmbeddedModels()
    {
        foreach (var quirk in Quirks.All)
        {
            var services = Models.Where(quirk.CoversService).ToList();
            Assert.True(services.Count > 0, $"{quirk}: no embedded model is {quirk.Service}");
            Assert.True(
                quirk.Operation == Quirk.EveryOperation || services.All(service => service.Operations.ContainsKey(quirk.Operation)),
                $"{quirk}: {quirk.Service} has no operation {quirk.Operation}");
            Assert.False(string.IsNullOrWhiteSpace(quirk.Reason), $"{quirk} gives no reason");
        }
    }

    [Fact]
    public void OnlyValueQuirksHaveANameAndEachNameIsOne()
    {
        foreach (var quirk in Quirks.All)
        {
            var isValue = quirk.Stage is QuirkStage.RequestInput or QuirkStage.RecordValue;
            Assert.True(isValue == quirk.Name is not null && isValue == quirk.Value is not null, $"{quirk}: name and value go with the value stages only");
        }

        var names = Quirks.All.Select(quirk => quirk.Name).OfType<string>().ToList();
        Assert.Equal(names.Distinct(StringComparer.Ordinal).Count(), names.Count);
    }

    [Fact]
    public void EveryOperationWithAHostPrefixIsCoveredByAnAddressQuirk()
    {
        var prefixed = Models.SelectMany(model => model.Operations.Values).Where(operation => operation.HostPrefix is not null).ToList();

        Assert.NotEmpty(prefixed);
        Assert.All(prefixed, operation => Assert.True(
            Quirks.Applies(operation, QuirkStage.RequestAddress), $"{operation.Service.Name} {operation.Name} has a host prefix and no address quirk"));
    }

    [Theory]
    [InlineData("kms", true)]
    [InlineData("lambda", true)]
    [InlineData("s3", false)]
    [InlineData("ec2", false)]
    [InlineData("iam", false)]
    public void TimestampZoneQuirksCoverTheJsonProtocols(string model, bool numericZone) =>
        Assert.Equal(numericZone, Quirks.Applies(ServiceModels.Get(model), QuirkStage.TimestampZone));

    [Fact]
    public async Task GetBucketLocationIsReadFromTheMembersOwnRootElement()
    {
        await Moto.Seed.CreateBucketAsync(Account, "ledger-eu", "eu-west-1", Cancel);

        var result = await Client().InvokeAsync("s3", "us-east-1", "GetBucketLocation", new JsonObject { ["Bucket"] = "ledger-eu" }, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("eu-west-1", (string?)result.Output!["LocationConstraint"]);
    }

    [Fact]
    public async Task AHostPrefixedCallReachesAnEmulatorOnItsAddress()
    {
        var result = await Client().InvokeAsync("s3control", "eu-west-1", "ListAccessPoints", new JsonObject { ["AccountId"] = Account }, Cancel);

        // With the prefix the host would be 123456789012.127.0.0.1, which no resolver answers.
        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    [Fact]
    public async Task AHostPrefixIsKeptOnAnAwsHostName()
    {
        var operation = ServiceModels.Get("s3control").Operation("ListAccessPoints");
        var request = new AwsHttpRequest("GET", "/v20180820/accesspoint", "", new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty, Account + ".");
        var endpoint = new AwsEndpoint(new Uri("https://s3-control.eu-west-1.amazonaws.com"), "eu-west-1", "s3");

        using var message = await RequestSigner.SignAsync(operation, request, endpoint, new ImmutableCredentials("AKIDEXAMPLE", "secret", null), Cancel);

        Assert.Equal($"{Account}.s3-control.eu-west-1.amazonaws.com", message.RequestUri!.Host);
    }
}
