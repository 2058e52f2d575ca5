using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using k8s.Exceptions;
using k8s.KubeConfigModels;

namespace Inventory.Kubernetes;

/// <summary>
/// One run of an exec credential plugin: the command itself (no shell), each argument as given (spaces
/// included), stdin closed, the ExecCredential request in KUBERNETES_EXEC_INFO, stdout parsed, stderr kept
/// for the error message. The package's own runner neither stops a plugin past its timeout nor keeps an
/// argument with spaces whole; this one kills the plugin's whole process tree.
/// </summary>
internal static class ExecPlugin
{
    private const int StderrTailLength = 600;

    public static async Task<ExecCredentialStatus> RunAsync(ExternalExecution settings, TimeSpan timeout, CancellationToken ct)
    {
        using var process = new Process { StartInfo = StartInfo(settings) };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new KubeConfigException(
                $"exec plugin '{settings.Command}' could not be started: {ex.Message}. "
                + (settings.InstallHint?.Trim() ?? "Hint: install it or put it on PATH."), ex);
        }

        process.StandardInput.Close();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            await Task.WhenAll(stdout, stderr);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            ct.ThrowIfCancellationRequested();
            throw new KubeConfigException(
                $"exec plugin '{settings.Command}' timed out after {timeout.TotalSeconds:0.#} s and was stopped.");
        }

        if (process.ExitCode != 0)
        {
            throw new KubeConfigException(
                $"exec plugin '{settings.Command}' failed with exit code {process.ExitCode}: {Tail(await stderr)}");
        }

        return Parse(settings, await stdout);
    }

    private static ProcessStartInfo StartInfo(ExternalExecution settings)
    {
        var info = new ProcessStartInfo(settings.Command)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var arg in settings.Arguments ?? [])
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var variable in settings.EnvironmentVariables ?? [])
        {
            if (variable.TryGetValue("name", out var name) && variable.TryGetValue("value", out var value))
            {
                info.Environment[name] = value;
            }
        }

        var request = new ExecCredential { ApiVersion = settings.ApiVersion, Spec = new ExecCredentialSpec() };
        info.Environment["KUBERNETES_EXEC_INFO"] = JsonSerializer.Serialize(request);
        return info;
    }

    // The output holds the token: it never goes into a message, only what is wrong with it.
    private static ExecCredentialStatus Parse(ExternalExecution settings, string stdout)
    {
        ExecCredential? credential;
        try
        {
            credential = JsonSerializer.Deserialize<ExecCredential>(stdout);
        }
        catch (JsonException ex)
        {
            throw new KubeConfigException(
                $"exec plugin '{settings.Command}' printed something that is not an ExecCredential (JSON error at line {ex.LineNumber}, position {ex.BytePositionInLine}).");
        }

        if (credential?.Status is not { Token: { Length: > 0 } } status)
        {
            var hint = credential?.Status?.ClientCertificateData is not null
                ? " It returned a client certificate, which this client does not take from plugins."
                : string.Empty;
            throw new KubeConfigException($"exec plugin '{settings.Command}' printed no token (status.token is empty).{hint}");
        }

        return status;
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    private static string Tail(string stderr)
    {
        var text = stderr.Trim();
        if (text.Length == 0)
        {
            return "(no stderr)";
        }

        return text.Length <= StderrTailLength ? text : "…" + text[^StderrTailLength..];
    }
}
