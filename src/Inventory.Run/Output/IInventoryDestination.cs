namespace Inventory.Run.Output;

/// <summary>Where one run's inventory objects go: S3, or a local folder with the same layout.</summary>
public interface IInventoryDestination : IAsyncDisposable
{
    /// <summary>Shown in logs: <c>s3://bucket</c> or the folder.</summary>
    string Name { get; }

    /// <summary>Writes an object marked as this run's.</summary>
    Task WriteAsync(string key, Stream content, string contentType, string? contentEncoding, CancellationToken cancellationToken);

    /// <summary>The objects under <paramref name="prefix"/> that an earlier attempt of this run wrote.</summary>
    Task<IReadOnlyList<string>> EarlierAttemptsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes objects; one that is not there is no error.</summary>
    Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
