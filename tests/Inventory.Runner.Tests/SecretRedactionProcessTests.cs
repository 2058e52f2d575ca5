using Inventory.Run;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Inventory.Testing.Aws;
using Inventory.Testing.Processes;

namespace Inventory.Runner.Tests;

/// <summary>
/// Secrets the API model marks sensitive never leave the runner: a Lambda environment value
/// and a virtual MFA device's seed and QR code are in moto's answers, and nowhere in the
/// objects, the report or the log, while the variable's name is.
/// </summary>
public sealed class SecretRedactionProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private const string Account = "111111111111";
    private const string Region = "eu-west-1";
    private const string Variable = "INVENTORY_DB_PASSWORD";
    private const string Marker = "marker-5ecret-7f3a9c";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private MotoServer Moto => moto.Server;

    [Fact]
    public async Task SensitiveValuesAreFilteredInRecordsReportAndLogs()
    {
        await Moto.ResetAsync(Cancel);
        var inventoryRole = await Moto.Seed.CreateRoleAsync(Account, "inventory", PolicyDocuments.TrustPrincipal($"arn:aws:iam::{MotoCredentials.ManagementAccountId}:root"), ct: Cancel);
        await CreateFunctionWithSecretAsync(inventoryRole);
        await Moto.Raw.QueryAsync(Account, "iam", "us-east-1", "2010-05-08", "CreateVirtualMFADevice", [new("VirtualMFADeviceName", "ops-device")], Cancel);

        // What AWS (here moto) answers the runner: the secrets are on the wire.
        var devices = XDocument.Parse(await Moto.Raw.QueryAsync(Account, "iam", "us-east-1", "2010-05-08", "ListVirtualMFADevices", ct: Cancel));
        var seed = Element(devices, "Base32StringSeed");
        var qrCode = Element(devices, "QRCodePNG");
        var listed = await Moto.Raw.RestAsync(Account, "lambda", Region, HttpMethod.Get, "/2015-03-31/functions/", ct: Cancel);
        Assert.Contains(Marker, listed, StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("inventory-secrets-");
        try
        {
            var result = await WorkerProcess.RunAsync("inventory-runner.dll", new Dictionary<string, string>
            {
                ["AWS_ACCESS_KEY_ID"] = MotoCredentials.AccessKeyId,
                ["AWS_SECRET_ACCESS_KEY"] = MotoCredentials.SecretAccessKey,
                ["AWS_REGION"] = "us-east-1",
                ["AWS_ENDPOINT_URL"] = Moto.Endpoint.ToString(),
                ["ACCOUNT_ID"] = Account,
                ["OUTPUT_DIR"] = folder.FullName,
                ["RUN_ID"] = "secrets",
                ["RUN_DATE"] = "2026-03-07",
                ["REGIONS"] = $"{Region},global",
                ["SERVICES"] = "lambda,iam",
                ["LOG_FORMAT"] = "json",
                ["LOG_LEVEL"] = "Verbose",
            }, TimeSpan.FromMinutes(3), Cancel);

            Assert.True(result.ExitCode == 0, result.ToString());
            var files = Directory.GetFiles(folder.FullName, "*", SearchOption.AllDirectories);
            var data = Read(Assert.Single(files, f => f.EndsWith(".json.gz", StringComparison.Ordinal)));
            var report = File.ReadAllText(Assert.Single(files, f => f.EndsWith(".report.json", StringComparison.Ordinal)));
            var everything = string.Join('\n', data, report, result.Output, result.Error);
            foreach (var secret in new[] { Marker, seed, qrCode })
            {
                Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
            }

            var records = data.Split('\n').Select(line => JsonNode.Parse(line)!).ToList();
            var function = Assert.Single(records, r => (string?)r["asset_type"] == "function")["resource"]!["data"]!;
            Assert.Equal("[FILTERED]", (string?)function["environment"]!["variables"]![Variable]);
            var device = Assert.Single(records, r => (string?)r["asset_type"] == "virtual_mfa_device")["resource"]!["data"]!;
            Assert.Equal("[FILTERED]", (string?)device["base_32_string_seed"]);
            Assert.Equal("[FILTERED]", (string?)device["qr_code_png"]);
            Assert.EndsWith(":mfa/ops-device", (string?)device["serial_number"], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task CreateFunctionWithSecretAsync(string roleArn)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var writer = new StreamWriter(await archive.CreateEntry("index.py").OpenAsync(Cancel));
            await writer.WriteAsync("def handler(event, context):\n    return event\n");
        }

        using var content = System.Net.Http.Json.JsonContent.Create(new JsonObject
        {
            ["FunctionName"] = "uses-a-secret",
            ["Runtime"] = "python3.12",
            ["Role"] = roleArn,
            ["Handler"] = "index.handler",
            ["Code"] = new JsonObject { ["ZipFile"] = Convert.ToBase64String(zip.ToArray()) },
            ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { [Variable] = Marker } },
        });
        await Moto.Raw.RestAsync(Account, "lambda", Region, HttpMethod.Post, "/2015-03-31/functions", content, Cancel);
    }

    private static string Element(XDocument xml, string name) =>
        xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"moto's answer has no {name}: {xml}");

    private static string Read(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
