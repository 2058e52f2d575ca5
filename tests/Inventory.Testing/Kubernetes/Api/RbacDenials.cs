namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The (verb, resource) pairs the token's user may not use, as a Role without them: the API server
/// answers 403 Forbidden with its own wording, whatever the object.
/// </summary>
internal sealed class RbacDenials
{
    public const string User = "system:serviceaccount:inventory:aws-inventory-orchestrator-sa";

    private readonly Lock _gate = new();
    private readonly HashSet<(string Verb, string Resource)> _denied = [];

    public void Deny(string verb, string resource)
    {
        lock (_gate)
        {
            _denied.Add((verb, resource));
        }
    }

    /// <summary>The request's verb as RBAC names it: get, list, watch, create, update, patch, delete, deletecollection.</summary>
    public static string VerbOf(string method, bool named, bool watch) => (method, named) switch
    {
        ("GET", _) when watch => "watch",
        ("GET", true) => "get",
        ("GET", false) => "list",
        ("POST", _) => "create",
        ("PUT", _) => "update",
        ("PATCH", _) => "patch",
        ("DELETE", true) => "delete",
        ("DELETE", false) => "deletecollection",
        _ => method.ToLowerInvariant(),
    };

    public bool IsDenied(string verb, ResourceKind kind)
    {
        lock (_gate)
        {
            return _denied.Contains((verb, kind.Plural)) || _denied.Contains((verb, kind.Resource));
        }
    }
}
