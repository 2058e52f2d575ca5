using Inventory.Run;
using Microsoft.Extensions.Configuration;

namespace Inventory.Runner.Tests;

public sealed class RunnerOptionsTests
{
    private static RunnerOptions Read(params (string Name, string Value)[] variables) =>
        RunnerOptionsReader.Read(
            new ConfigurationBuilder().AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Name, (string?)v.Value))).Build(),
            TimeProvider.System);

    private static List<string> Problems(params (string Name, string Value)[] variables) =>
        new RunnerOptionsValidator().Validate(null, Read(variables)).Failures?.ToList() ?? [];

    [Fact]
    public void DefaultsAreWhatAPlatformTeamExpects()
    {
        var options = Read(("ACCOUNT_ID", "111111111111"), ("S3_BUCKET", "inventory"));

        Assert.Empty(Problems(("ACCOUNT_ID", "111111111111"), ("S3_BUCKET", "inventory")));
        Assert.Equal("inventory", options.InventoryRoleName);
        Assert.Equal("/", options.InventoryRolePath);
        Assert.Equal(Collection.Records.OutputFormat.Custom, options.OutputFormat);
        Assert.True(options.OutputJsonLines);
        Assert.Equal(16, options.MaxConcurrency);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), options.RunDate);
        Assert.Empty(options.Regions);
    }

    [Fact]
    public void ListsAreCommaSeparatedAndTrimmed()
    {
        var options = Read(("REGIONS", " eu-west-1, global ,us-east-1"), ("SERVICES", "ec2,IAM"), ("EXCLUDE_SERVICES", "elbv2"));

        Assert.Equal(["eu-west-1", "global", "us-east-1"], options.Regions);
        Assert.Equal(["ec2", "IAM"], options.Services);
        Assert.Equal(["elbv2"], options.ExcludeServices);
    }

    [Fact]
    public void EveryBadSettingIsNamedOnItsOwnLine()
    {
        var problems = Problems(
            ("ACCOUNT_ID", "12345"),
            ("S3_BUCKET", "Not_A_Bucket"),
            ("RUN_DATE", "2026-13-40"),
            ("REGIONS", "eu-west-1,mars-1"),
            ("SERVICES", "ec2,nosuchservice"),
            ("OUTPUT_FORMAT", "xml"),
            ("OUTPUT_JSON_LINES", "maybe"),
            ("MAX_CONCURRENCY", "0"),
            ("INVENTORY_ROLE_PATH", "no-slashes"));

        Assert.Contains(problems, p => p.StartsWith("ACCOUNT_ID: '12345'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("S3_BUCKET: 'Not_A_Bucket'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RUN_DATE: '2026-13-40'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("REGIONS: 'mars-1'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'nosuchservice'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("OUTPUT_FORMAT: 'xml' is not one of custom, aws", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("OUTPUT_JSON_LINES: 'maybe'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MAX_CONCURRENCY: 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("INVENTORY_ROLE_PATH: 'no-slashes'", StringComparison.Ordinal));
        Assert.Equal(9, problems.Count);
    }

    [Fact]
    public void ABucketOrAnOutputFolderIsRequired()
    {
        Assert.Contains("S3_BUCKET: required unless OUTPUT_DIR is set", Problems(("ACCOUNT_ID", "111111111111")));
        Assert.Empty(Problems(("ACCOUNT_ID", "111111111111"), ("OUTPUT_DIR", "/tmp/out")));
    }

    [Fact]
    public void WhatTheWriterPutsInTheEnvironmentTheReaderReadsBack()
    {
        var written = new RunnerOptions
        {
            AccountId = "111111111111",
            S3Bucket = "inventory",
            RunId = "run-7",
            RunDate = new DateOnly(2026, 3, 7),
            InventoryRoleName = "reader",
            InventoryRolePath = "/audit/",
            ExternalId = "ext",
            Regions = ["eu-west-1", "global"],
            Services = ["ec2"],
            ExcludeServices = ["iam"],
            OutputFormat = Collection.Records.OutputFormat.Aws,
            OutputJsonLines = false,
            MaxConcurrency = 7,
            MaxFailedShare = 0.25,
            HomeRegion = "eu-central-1",
        };

        var read = Read([.. RunnerOptionsWriter.ToEnvironment(written)]);

        Assert.Equivalent(written, read with { ParseErrors = [] });
        Assert.Empty(read.ParseErrors);
    }

    [Theory]
    [InlineData("2026-03-07", 1772841600, "AWSRecon/2026/3/7/111111111111_aws_recon_1772841600.json.gz")]
    [InlineData("2026-12-25", 1798156800, "AWSRecon/2026/12/25/111111111111_aws_recon_1798156800.json.gz")]
    public void KeysFollowAwsReconWithoutZeroPadding(string runDate, long unix, string key)
    {
        var date = DateOnly.ParseExact(runDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(key, ObjectKeys.Data(date, "111111111111", DateTimeOffset.FromUnixTimeSeconds(unix)));
        Assert.Equal(key.Replace(".json.gz", ".report.json", StringComparison.Ordinal), ObjectKeys.Report(date, "111111111111", DateTimeOffset.FromUnixTimeSeconds(unix)));
    }
}
