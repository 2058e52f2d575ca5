namespace Inventory.Orchestrator.Local;

/// <summary>Where a local run writes: OUTPUT_DIR, <c>./inventory</c> when S3_BUCKET is not set either, else S3_BUCKET.</summary>
internal static class LocalDestination
{
    public const string DefaultOutputDir = "./inventory";

    /// <summary>OUTPUT_DIR, its default when S3_BUCKET is not set, or null for S3.</summary>
    public static string? OutputDir(OrchestratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Local.OutputDir ?? (options.Runners.S3Bucket is null ? DefaultOutputDir : null);
    }

    /// <summary>The folder's full path, or the bucket's s3:// address: what the log and the plan name.</summary>
    public static string Of(OrchestratorOptions options) => OutputDir(options) is { } folder ? Path.GetFullPath(folder) : $"s3://{options.Runners.S3Bucket}";
}
