using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The kubelet's work for one pod: wait for a process slot, bind, resolve the environment and
/// the local command, run the first container as a process, report its phase and exit code on the
/// pod, and remove the pod when it was being deleted. <see cref="Terminate"/> stops it gracefully.
/// </summary>
internal sealed class PodRunner(Kubelet kubelet, StoredObject pod)
{
    private readonly CancellationTokenSource _terminate = new();
    private long _graceSeconds = 30;

    public string Uid => pod.Uid;

    public void Terminate(long graceSeconds)
    {
        Interlocked.Exchange(ref _graceSeconds, Math.Max(0, graceSeconds));
        _terminate.Cancel();
    }

    /// <returns>The container's exit code, or null when it never ran (deleted first, or the environment could not be built).</returns>
    public async Task<int?> RunAsync(Action running, CancellationToken stopping)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_terminate.Token, stopping);
        try
        {
            await kubelet.Slots.WaitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        var directory = Path.Combine(kubelet.VolumesRoot, pod.Uid);
        try
        {
            return await RunBoundAsync(running, directory, stop.Token, stopping);
        }
        finally
        {
            kubelet.Slots.Release();
            TryDelete(directory);
        }
    }

    private async Task<int?> RunBoundAsync(Action running, string directory, CancellationToken stop, CancellationToken stopping)
    {
        if (Update(current => current["metadata"]?["deletionTimestamp"] is null ? PodStatusWriter.Bind(current, KubeJson.Now()) : null) is not { } bound
            || bound["metadata"]?["deletionTimestamp"] is not null)
        {
            return null;
        }

        var container = KubeJson.Objects(bound["spec"]?["containers"]).First();
        var environment = ContainerEnvironment.Resolve(bound, container, out var error);
        if (environment is null)
        {
            Update(current => PodStatusWriter.Waiting(current, container, "CreateContainerConfigError", error!));
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                Finish();
            }

            return null;
        }

        // The container's terminationMessagePath, as a file of this pod's: a local process cannot be given
        // /dev/termination-log, so it is told the file through TERMINATION_MESSAGE_PATH (the runner honours it).
        Directory.CreateDirectory(directory);
        var terminationLog = Path.Combine(directory, "termination-log");
        environment!.TryAdd("TERMINATION_MESSAGE_PATH", terminationLog);
        var mounted = ProjectedTokens.Mount(bound, container, directory, kubelet.Options.OidcIssuer);
        var process = Start(bound, container, environment, mounted, out var startError);
        if (process is null)
        {
            Update(current => PodStatusWriter.Terminated(current, container, 128, "StartError", startError, KubeJson.Now()));
            Finish();
            return 128;
        }

        using (process)
        {
            Update(current => PodStatusWriter.Running(current, container, KubeJson.Now()));
            running();
            var exitCode = await process.WaitAsync(() => TimeSpan.FromSeconds(Interlocked.Read(ref _graceSeconds)), _terminate.Token, stopping);
            if (!stopping.IsCancellationRequested)
            {
                var message = TerminationMessage(terminationLog);
                Update(current => PodStatusWriter.Terminated(current, container, exitCode, exitCode == 0 ? "Completed" : "Error", message, KubeJson.Now()));
                Finish();
            }

            return exitCode;
        }
    }

    private LocalProcess? Start(JsonObject bound, JsonObject container, Dictionary<string, string> variables, IReadOnlyDictionary<string, string> mounted, out string? error)
    {
        var command = Strings(container["command"]).Select(part => ContainerEnvironment.Expand(part, variables)).ToList();
        var args = Strings(container["args"]).Select(part => ContainerEnvironment.Expand(part, variables)).ToList();
        var relocated = variables.ToDictionary(variable => variable.Key, variable => ProjectedTokens.Relocate(variable.Value, mounted), StringComparer.Ordinal);
        var image = KubeJson.String(container["image"]) ?? "";
        var local = kubelet.Options.Resolve(new KubeletContainer(pod.Namespace, pod.Name, KubeJson.String(container["name"]) ?? "", image, command, args, relocated));
        if (local is null)
        {
            error = $"failed to create containerd task: exec: \"{string.Join(' ', command)}\": no local command for image {image} (KubeletOptions.Resolve returned null)";
            return null;
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOSTNAME"] = pod.Name };
        foreach (var (name, value) in kubelet.Options.ExtraEnvironment.Concat(relocated))
        {
            environment[name] = value;
        }

        try
        {
            error = null;
            return LocalProcess.Start(local, environment, line => kubelet.Logs.Append(pod.Namespace, pod.Name, line));
        }
        catch (Win32Exception e)
        {
            error = $"failed to start {local.FileName}: {e.Message}";
            return null;
        }
    }

    // As the kubelet reads it: at most 4096 bytes; nothing written means no message.
    private static string? TerminationMessage(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            return text.Length == 0 ? null : text[..Math.Min(text.Length, 4096)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A pod that was being deleted is removed once its container has stopped.</summary>
    private void Finish()
    {
        if (kubelet.Store.Find(ResourceKind.Pods, pod.Namespace, pod.Name) is { } current && current.Uid == pod.Uid && current.Parse()["metadata"]?["deletionTimestamp"] is not null)
        {
            kubelet.Store.Remove(ResourceKind.Pods, pod.Namespace, pod.Name);
        }
    }

    private JsonObject? Update(Func<JsonObject, JsonObject?> change)
    {
        try
        {
            var stored = kubelet.Store.Update(ResourceKind.Pods, pod.Namespace, pod.Name, current => KubeJson.String(current["metadata"]?["uid"]) == pod.Uid ? change(current) : null);
            return stored.Uid == pod.Uid ? stored.Parse() : null;
        }
        catch (ApiException e) when (e.Code == 404)
        {
            return null; // deleted at once (grace period 0 or never bound)
        }
    }

    private static IEnumerable<string> Strings(JsonNode? array) =>
        array is JsonArray items ? items.Select(item => KubeJson.String(item) ?? "") : [];

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the kubelet's root is removed on dispose anyway.
        }
    }
}
