namespace Inventory.Run.Output;

/// <summary>OUTPUT_DIR: the same AWSRecon/… keys as files; written to a temporary name, then moved, so no partial file is left.</summary>
internal sealed class DirectoryDestination(string root) : IInventoryDestination
{
    public string Name => Path.GetFullPath(root);

    public async Task WriteAsync(string key, Stream content, string contentType, string? contentEncoding, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
