namespace Inventory.Orchestrator;

/// <summary>LOCAL / --local: no Kubernetes; the runners run in-process (README, local mode).</summary>
public sealed record LocalOptions
{
    /// <summary>LOCAL / --local.</summary>
    public bool Enabled { get; init; }

    /// <summary>OUTPUT_DIR: the folder for AWSRecon/…; default <c>./inventory</c> unless S3_BUCKET is set.</summary>
    public string? OutputDir { get; init; }
}
