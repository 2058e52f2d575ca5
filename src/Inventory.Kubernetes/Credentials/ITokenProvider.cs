namespace Inventory.Kubernetes;

/// <summary>Supplies the bearer token for each request; implementations cache and refresh as their source needs.</summary>
public interface ITokenProvider
{
    ValueTask<string> GetTokenAsync(CancellationToken ct);
}
