using System.ComponentModel;
using System.Diagnostics;

namespace Inventory.Testing.Aws;

/// <summary>Explains a moto server that would not start: is moto importable at all?</summary>
internal static class MotoInstallation
{
    /// <summary>Null when <c>python3 -c 'import moto.server'</c> succeeds, else why it failed.</summary>
    public static async Task<string?> ImportFailureAsync(CancellationToken ct)
    {
        var info = new ProcessStartInfo("python3")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import moto.server");
        try
        {
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync(ct);
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return process.ExitCode == 0 ? null : (await stderr + await stdout).Trim();
        }
        catch (Win32Exception e)
        {
            return $"python3 could not be run: {e.Message}";
        }
    }
}
