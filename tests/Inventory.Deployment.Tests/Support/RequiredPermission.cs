namespace Inventory.Deployment.Tests.Support;

/// <summary>An IAM action and a resource it is asked for on, as a request would be authorized.</summary>
internal sealed record RequiredPermission(string Action, string Resource, string Why)
{
    public override string ToString() => $"{Action} on {Resource} ({Why})";
}
