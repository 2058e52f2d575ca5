namespace Inventory.Testing.Kubernetes;

/// <summary>The DeleteOptions the fake honours.</summary>
internal sealed record DeleteRequest(string? PropagationPolicy = null, long? GracePeriodSeconds = null, string? PreconditionUid = null, string? PreconditionResourceVersion = null)
{
    public const string Orphan = "Orphan";
    public const string Background = "Background";
    public const string Foreground = "Foreground";
}
