using System.Text.Json.Nodes;

namespace Inventory.Run.Output;

/// <summary>
/// OUTPUT_DIR: the same AWSRecon/… keys as files; written to a temporary name, then moved, so no
/// partial file is left. Files have no metadata: a run's files are those its reports name.
/// </summary>
internal sealed class DirectoryDestination(string root, string runId) : IInventoryDestination
{
    public string Name => Path.GetFullPath(root);

    public async Task WriteAsync(string key, Stream content, string contentType, string? contentEncoding, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
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

    public async Task<IReadOnlyList<string>> EarlierAttemptsAsync(string prefix, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(PathOf(prefix))!;
        var keyFolder = prefix[..(prefix.LastIndexOf('/') + 1)];
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var ours = new List<string>();
        foreach (var report in Directory.GetFiles(folder, Path.GetFileName(PathOf(prefix)) + "*.report.json"))
        {
            var text = await File.ReadAllTextAsync(report, cancellationToken);
            if (JsonNode.Parse(text) is JsonObject parsed && (string?)parsed["run_id"] == runId)
            {
                ours.Add(keyFolder + Path.GetFileName(report));
                if ((string?)parsed["data_key"] is { } data)
                {
                    ours.Add(data);
                }
            }
        }

        return ours;
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string PathOf(string key) => Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));
}
