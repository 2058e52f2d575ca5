using System.Text;
using Inventory.Hosting;

namespace Inventory.Run;

/// <summary>
/// A failed run's one-line reason in the file Kubernetes reads into the pod's status
/// (terminationMessagePath), so whoever watches the Job sees AWS's error, not only an exit code.
/// Best effort: a missing or unwritable folder never fails the run.
/// </summary>
public static class TerminationMessage
{
    public const string DefaultPath = "/dev/termination-log";

    // Kubernetes keeps at most 4096 bytes of it.
    private const int MaxBytes = 4096;

    /// <summary>TERMINATION_MESSAGE_PATH, else Kubernetes' default inside a pod (KUBERNETES_SERVICE_HOST set), else nowhere.</summary>
    public static string? PathFrom(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Text("TERMINATION_MESSAGE_PATH") ?? (settings.Text("KUBERNETES_SERVICE_HOST") is null ? null : DefaultPath);
    }

    public static void Write(string? path, string reason)
    {
        if (path is null || Path.GetDirectoryName(Path.GetFullPath(path)) is not { } folder || !Directory.Exists(folder))
        {
            return;
        }

        var line = reason.ReplaceLineEndings(" ");
        while (Encoding.UTF8.GetByteCount(line) > MaxBytes)
        {
            line = line[..^Math.Max(1, line.Length / 10)];
        }

        try
        {
            File.WriteAllText(path, line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the log has the reason too.
        }
    }
}
