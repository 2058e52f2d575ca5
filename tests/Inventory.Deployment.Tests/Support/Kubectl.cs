using System.ComponentModel;
using System.Diagnostics;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// <c>kubectl kustomize</c>, the way an operator renders k8s/. <c>KUBECTL</c> names the binary;
/// unset, .ci/kubectl finds one with kustomize v5 or fetches it as CI does. A missing or too old
/// kubectl fails the test with what to install, never skips it.
/// </summary>
internal static class Kubectl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Found = new(Find);

    public static string Executable =>
        Environment.GetEnvironmentVariable("KUBECTL") is { Length: > 0 } configured ? configured : Found.Value;

    // .ci/kubectl prints the path of a kubectl with kustomize v5, fetching one when needed; else one line why not.
    private static string Find()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.PathOf(".ci", "kubectl"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return "kubectl";
        }

        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result.Trim() : throw new InvalidOperationException(
            $".ci/kubectl: {errors.Result.Trim()}. The deployment tests need kubectl 1.27 or newer (kustomize v5) on PATH, or KUBECTL set to one.");
    }

    public static string Kustomize(string directory)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(directory);

        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"`{Executable}` could not be started ({e.Message}). The deployment tests render k8s/ with "
                + "`kubectl kustomize` and need kubectl 1.27 or newer (kustomize v5) on PATH, or KUBECTL set to one; .ci/run installs it.");
        }

        using (process)
        {
            Assert.NotNull(process);
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"`{Executable} kustomize {directory}` did not finish within {Timeout.TotalSeconds} s");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0,
                $"`{Executable} kustomize` exited {process.ExitCode}: {errors.Result.Trim()}\n"
                + "k8s/ uses kustomize v5 (configMapGenerator envs, replacements): kubectl 1.27 or newer. "
                + $"`{Executable} version --client` shows the kustomize it embeds.");
            return output.Result;
        }
    }
}
