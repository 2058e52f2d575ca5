namespace Inventory.Run.Output;

/// <summary>Where inventory objects go: S3, or a local folder with the same layout.</summary>
public interface IInventoryDestination : IAsyncDisposable
{
    /// <summary>Shown in logs: <c>s3://bucket</c> or the folder.</summary>
    string Name { get; }

    Task WriteAsync(string key, Stream content, string contentType, string? contentEncoding, CancellationToken cancellationToken);
}
