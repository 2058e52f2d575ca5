namespace Inventory.Testing.Kubernetes;

/// <summary>
/// Kubelet mode: the fake plays the Job controller, the EKS pod identity webhook and the kubelet,
/// running each Job pod's container as a local process.
/// </summary>
public sealed class KubeletOptions
{
    /// <summary>
    /// Maps a container (its image, command and args, after <c>$(VAR)</c> expansion) to the local
    /// program that plays it; null means "cannot start" (the container ends with StartError, exit 128).
    /// </summary>
    public required Func<KubeletContainer, KubeletCommand?> Resolve { get; init; }

    /// <summary>
    /// Service account name → its annotations. A pod whose service account carries
    /// <c>eks.amazonaws.com/role-arn</c> gets what the pod identity webhook injects: AWS_ROLE_ARN,
    /// AWS_WEB_IDENTITY_TOKEN_FILE (a token file written per pod), AWS_STS_REGIONAL_ENDPOINTS and,
    /// with <see cref="Region"/>, AWS_REGION and AWS_DEFAULT_REGION.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ServiceAccounts { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Variables every container gets underneath its own env (like the image's ENV), e.g. AWS_ENDPOINT_URL for moto.</summary>
    public IReadOnlyDictionary<string, string> ExtraEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>At most this many processes at once; other pods stay Pending until a slot frees.</summary>
    public int MaxProcesses { get; init; } = 32;

    /// <summary>The webhook's <c>--aws-default-region</c>: injected as AWS_REGION and AWS_DEFAULT_REGION when set.</summary>
    public string? Region { get; init; }

    /// <summary>The webhook's <c>--sts-regional-endpoint</c> (an <c>eks.amazonaws.com/sts-regional-endpoints</c> annotation overrides it).</summary>
    public bool StsRegionalEndpoints { get; init; } = true;

    /// <summary>The delay before a failed pod is replaced, doubled per failure (the real controller starts at 10 s).</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The issuer written into the web identity token.</summary>
    public string OidcIssuer { get; init; } = "https://oidc.eks.us-east-1.amazonaws.com/id/FAKEKUBERNETES";
}
