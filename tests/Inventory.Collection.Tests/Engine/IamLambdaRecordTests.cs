using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// IAM and Lambda records against AWS Recon's collectors (iam.rb, lambda.rb) and the AWS SDK
/// for Ruby: keys it writes as null or {}, Lambda's text timestamps as Ruby times, the trust
/// policies it leaves URL-encoded, and the credential report.
/// </summary>
public sealed partial class IamLambdaRecordTests(IamLambdaInventory inventory) : IClassFixture<IamLambdaInventory>
{
    private const string Account = IamLambdaInventory.Account;

    [Fact]
    public void AFunctionHasEveryMemberOfItsStructWithNullsWhereAwsSentNone()
    {
        var function = inventory.Single("function").Data;

        // AWS Recon builds the record from the SDK struct (OpenStruct.new(function)), not its to_h.
        foreach (var key in new[] { "dead_letter_config", "environment", "kms_key_arn", "master_arn", "signing_job_arn", "image_config_response", "file_system_configs", "state_reason" })
        {
            Assert.True(function.ContainsKey(key), $"no '{key}' in {function.ToJsonString()}");
        }

        Assert.Null(function["dead_letter_config"]);
        Assert.Null(function["kms_key_arn"]);
        Assert.Equal(IamLambdaInventory.Function, (string?)function["function_name"]);
    }

    [Fact]
    public void AFunctionsVpcConfigIsAnEmptyObjectWhenItHasNone()
    {
        var function = inventory.Single("function").Data;

        // Ruby's nil.to_h is {}; moto (like AWS) sends no VPC config for a function outside a VPC.
        Assert.Equal("{}", function["vpc_config"]?.ToJsonString());
        Assert.IsType<JsonObject>(function["tracing_config"]);
    }

    [Fact]
    public void LambdaTimestampsAreRubyTimesWithTheOffsetAwsSent()
    {
        var function = inventory.Single("function").Data;
        var layer = inventory.Single("layer").Data;

        // moto sends the function's LastModified with "Z" and layers' CreatedDate with "+0000",
        // as Ruby's Time.parse keeps them: "… UTC" and "… +0000".
        Assert.Matches(UtcTime(), (string?)function["last_modified"]);
        Assert.Matches(ZoneTime(), (string?)layer["latest_matching_version"]!["created_date"]);
        var version = Assert.Single(Assert.IsType<JsonArray>(layer["versions"]))!;
        Assert.Matches(ZoneTime(), (string?)version["created_date"]);
    }

    [Fact]
    public void ALayerHasEveryMemberOfItsStruct()
    {
        var layer = inventory.Single("layer");

        Assert.Equal(["layer_name", "layer_arn", "latest_matching_version"], layer.Data.Select(p => p.Key).Take(3));
        Assert.Equal(IamLambdaInventory.Layer, (string?)layer.Data["layer_name"]);
        Assert.Equal(1L, (long?)layer.Data["latest_matching_version"]!["version"]);
    }

    [Fact]
    public void ARolesInstanceProfilesKeepTheTrustPolicyAsAwsSentIt()
    {
        var role = Assert.Single(inventory.Records, r => r.AssetType == "role" && (string?)r.Data["role_name"] == IamLambdaInventory.Role).Data;

        // AWS Recon parses the role's own trust policy, but writes its instance profiles' roles as
        // to_h made them: the text AWS sent (URL-encoded by AWS; moto sends it plain).
        Assert.IsType<JsonObject>(role["assume_role_policy_document"]);
        var profile = Assert.Single(Assert.IsType<JsonArray>(role["instance_profile_list"]))!;
        var nested = Assert.Single(Assert.IsType<JsonArray>(profile["roles"]))!;
        var encoded = Assert.IsType<string>((string?)nested["assume_role_policy_document"]);
        Assert.Equal(JsonNode.Parse(IamLambdaInventory.TrustPolicy)!.ToJsonString(), JsonNode.Parse(Uri.UnescapeDataString(encoded))!.ToJsonString());
    }

    [Fact]
    public void AServerCertificateHasEveryMemberOfItsStruct()
    {
        var certificate = inventory.Single("server_certificate").Data;

        Assert.Equal(["path", "server_certificate_name", "server_certificate_id", "arn", "upload_date", "expiration"], certificate.Select(p => p.Key).Take(6));
        Assert.Equal(IamLambdaInventory.Certificate, (string?)certificate["server_certificate_name"]);
    }

    [Fact]
    public void TheCredentialReportIsOneRecordOfCsvRowsAfterPollingUntilComplete()
    {
        var report = inventory.Single("credential_report");

        Assert.Equal(("IAM", "global", $"arn:aws:iam::{Account}:credential_report/global"), (report.Service, report.Region, report.Name));
        Assert.Equal("text/csv", (string?)report.Data["report_format"]);
        Assert.Matches(UtcTime(), (string?)report.Data["generated_time"]);
        var rows = Assert.IsType<JsonArray>(report.Data["content"]).Select(row => row!.AsObject()).ToList();
        Assert.Equal(["carol", "dave"], rows.Select(row => (string?)row["user"]).Order());
        Assert.All(rows, row => Assert.StartsWith($"arn:aws:iam::{Account}:user/", (string?)row["arn"], StringComparison.Ordinal));
        Assert.Contains("access_key_1_active", rows[0].Select(p => p.Key));
        Assert.Equal("credential_report", (string?)report.Data["type"]);

        // moto answers STARTED first, as AWS does for a new report; the engine asked again, then fetched it once.
        var calls = inventory.Proxy.Calls.Where(c => c.Service == "iam").Select(c => c.Action).ToList();
        Assert.Equal(2, calls.Count(a => a == "GenerateCredentialReport"));
        Assert.Equal(1, calls.Count(a => a == "GetCredentialReport"));
        Assert.Empty(inventory.Report.Errors);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$")]
    private static partial Regex UtcTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000$")]
    private static partial Regex ZoneTime();
}
