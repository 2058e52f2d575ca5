using Inventory.Aws.S3;

namespace Inventory.Run.Output;

/// <summary>
/// A run's objects in S3 carry <c>x-amz-meta-inventory-run-id</c>: the keys under a prefix
/// (one account's objects of one day) whose metadata names the run.
/// </summary>
internal static class S3RunObjects
{
    public const string RunIdMetadata = "inventory-run-id";

    public static async Task<IReadOnlyList<string>> OfRunAsync(S3Uploader s3, string bucket, string prefix, string runId, CancellationToken cancellationToken)
    {
        var ours = new List<string>();
        foreach (var key in await s3.ListKeysAsync(bucket, prefix, cancellationToken))
        {
            var metadata = await s3.MetadataAsync(bucket, key, cancellationToken);
            if (metadata.TryGetValue(RunIdMetadata, out var run) && run == runId)
            {
                ours.Add(key);
            }
        }

        return ours;
    }
}
