namespace Inventory.Kubernetes;

/// <summary>What every object the API returns carries: its type and its metadata.</summary>
public interface IKubernetesObject
{
    string? ApiVersion { get; }

    string? Kind { get; }

    ObjectMeta? Metadata { get; }
}
