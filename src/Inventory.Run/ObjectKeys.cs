namespace Inventory.Run;

/// <summary>
/// AWS Recon's object keys: <c>AWSRecon/2026/3/7/123456789012_aws_recon_1772882559.json.gz</c>,
/// month and day not zero-padded, the date the run's, the number the upload time.
/// </summary>
public static class ObjectKeys
{
    public static string Data(DateOnly runDate, string account, DateTimeOffset uploadedAt) =>
        $"{Folder(runDate)}/{account}_aws_recon_{uploadedAt.ToUnixTimeSeconds()}.json.gz";

    /// <summary>The report beside the data, which readers of <c>*.json.gz</c> do not see.</summary>
    public static string Report(DateOnly runDate, string account, DateTimeOffset uploadedAt) =>
        $"{Folder(runDate)}/{account}_aws_recon_{uploadedAt.ToUnixTimeSeconds()}.report.json";

    /// <summary>What every object of an account on a run date starts with.</summary>
    public static string AccountPrefix(DateOnly runDate, string account) => $"{Folder(runDate)}/{account}_aws_recon_";

    private static string Folder(DateOnly date) => $"AWSRecon/{date.Year}/{date.Month}/{date.Day}";
}
