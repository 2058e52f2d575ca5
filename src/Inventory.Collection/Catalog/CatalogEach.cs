namespace Inventory.Collection.Catalog;

/// <summary>
/// A call whose items each run a listing once: the listing's input templates, arn, extras and
/// follow-ups see the item as <c>{^^.Field}</c> (IAM Identity Center's permission sets per instance;
/// its identity store's users per instance, a call of another model).
/// </summary>
public sealed record CatalogEach : CatalogCall
{
    /// <summary>The API model of the call when it is not the service's (<c>sso-admin</c> for IdentityStore).</summary>
    public string? Model { get; init; }
}
