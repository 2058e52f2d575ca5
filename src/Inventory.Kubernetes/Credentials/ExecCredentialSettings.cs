namespace Inventory.Kubernetes;

/// <summary>A kubeconfig user's <c>exec</c> block: the credential plugin to run (e.g. <c>aws eks get-token</c>).</summary>
public sealed record ExecCredentialSettings
{
    /// <summary>client.authentication.k8s.io/v1 or v1beta1.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>The program, found on PATH unless it is a path; run directly, never through a shell.</summary>
    public required string Command { get; init; }

    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Variables added to this process's environment for the plugin.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>The kubeconfig's installHint, shown when the command cannot be started.</summary>
    public string? InstallHint { get; init; }
}
