namespace Inventory.Testing.Kubernetes;

/// <summary>
/// A parsed resource path: <c>/api/v1[/watch][/namespaces/{ns}]/pods[/{name}[/status|/log]]</c>
/// or <c>/apis/batch/v1[/watch][/namespaces/{ns}]/jobs[/{name}[/status]]</c>.
/// </summary>
internal sealed record ApiRoute(ResourceKind Kind, string? Namespace, string? Name, string? Subresource, bool WatchPath)
{
    public static ApiRoute? Parse(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        List<string> rest;
        string group;
        if (segments is ["api", "v1", .. var core])
        {
            (group, rest) = ("", core);
        }
        else if (segments is ["apis", "batch", "v1", .. var batch])
        {
            (group, rest) = ("batch", batch);
        }
        else
        {
            return null;
        }

        var watch = rest is ["watch", ..];
        if (watch)
        {
            rest = rest[1..];
        }

        string? @namespace = null;
        if (rest is ["namespaces", var ns, _, ..])
        {
            (@namespace, rest) = (ns, rest[2..]);
        }

        var kind = ResourceKind.All.FirstOrDefault(k => k.Group == group && rest.Count > 0 && k.Plural == rest[0]);
        return (kind, rest.Count, @namespace) switch
        {
            ({ } k, 1, _) => new ApiRoute(k, @namespace, null, null, watch),
            ({ } k, 2, { }) => new ApiRoute(k, @namespace, rest[1], null, watch),
            ({ } k, 3, { }) when !watch => new ApiRoute(k, @namespace, rest[1], rest[2], false),
            _ => null,
        };
    }
}
