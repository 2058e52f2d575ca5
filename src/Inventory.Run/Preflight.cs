namespace Inventory.Run;

/// <summary>
/// Probes, at start, the folders a run writes to: TMPDIR (the collection's gzip file) and
/// OUTPUT_DIR, so an unwritable one is one line and exit 2 before anything is collected. A probe
/// leaves nothing behind (a missing OUTPUT_DIR is probed at its nearest existing parent).
/// </summary>
public static class Preflight
{
    public static IEnumerable<string> Problems(string? outputDir)
    {
        if (Probe(Path.GetTempPath(), mayBeCreated: false) is { } temp)
        {
            yield return $"TMPDIR: '{Path.GetTempPath()}' {temp}";
        }

        if (outputDir is not null && Probe(outputDir, mayBeCreated: true) is { } output)
        {
            yield return $"OUTPUT_DIR: '{outputDir}' {output}";
        }
    }

    private static string? Probe(string folder, bool mayBeCreated)
    {
        var existing = Path.GetFullPath(folder);
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                return existing == Path.GetFullPath(folder) ? "is a file, not a folder" : $"cannot be created: '{existing}' is a file";
            }

            if (!mayBeCreated || Path.GetDirectoryName(existing) is not { } parent)
            {
                return "does not exist";
            }

            existing = parent;
        }

        try
        {
            using var probe = new FileStream(Path.Combine(existing, $".inventory-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"is not writable ({e.Message})";
        }
    }
}
