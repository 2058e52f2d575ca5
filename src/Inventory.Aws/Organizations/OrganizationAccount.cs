namespace Inventory.Aws.Organizations;

/// <summary>A member account of the organization.</summary>
/// <param name="Status">ACTIVE, SUSPENDED, PENDING_CLOSURE… (the newer State field where AWS sends it).</param>
public sealed record OrganizationAccount(string Id, string Arn, string Name, string Email, string Status, DateTimeOffset? JoinedAt)
{
    public bool IsActive => Status == "ACTIVE";
}
