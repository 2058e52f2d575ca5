namespace Inventory.Kubernetes;

/// <summary>A token written into the kubeconfig. Its text never appears in ToString or logs.</summary>
public sealed class StaticTokenProvider : ITokenProvider
{
    private readonly string _token;

    public StaticTokenProvider(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token;
    }

    public ValueTask<string> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult(_token);

    public override string ToString() => "static token";
}
