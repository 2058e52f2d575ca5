using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The create and update path in front of storage: type and namespace checks, generateName,
/// uid and timestamps, defaults, the pod identity webhook (kubelet mode), validation.
/// </summary>
internal sealed class Admission(KubeletOptions? kubelet)
{
    private const string GeneratedAlphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int GeneratedSuffix = 5;

    /// <exception cref="ApiException">400 for a wrong kind or namespace, 500 for a resourceVersion, 422 when invalid.</exception>
    public JsonObject PrepareCreate(ResourceKind kind, string @namespace, JsonObject incoming)
    {
        CheckType(kind, incoming);
        var metadata = incoming["metadata"] as JsonObject ?? [];
        CheckNamespace(metadata, @namespace);
        if (!string.IsNullOrEmpty(KubeJson.String(metadata["resourceVersion"])))
        {
            throw new ApiException(Statuses.Internal("resourceVersion should not be set on objects to be created"));
        }

        var name = KubeJson.String(metadata["name"]);
        if (string.IsNullOrEmpty(name))
        {
            name = KubeJson.String(metadata["generateName"]) is { Length: > 0 } prefix
                ? Generate(prefix)
                : throw new ApiException(Statuses.Invalid(kind, "", [FieldError.Required("metadata.name", "name or generateName is required")]));
        }

        metadata["name"] = name;
        metadata["namespace"] = @namespace;
        metadata["uid"] = Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = KubeJson.Now();
        foreach (var serverOwned in (string[])["deletionTimestamp", "deletionGracePeriodSeconds", "generation", "selfLink", "managedFields"])
        {
            metadata.Remove(serverOwned);
        }

        var body = Shape(kind, incoming, metadata);
        if (kind == ResourceKind.Jobs)
        {
            ObjectDefaults.Job(body);
        }
        else
        {
            ObjectDefaults.Pod(body);
            if (kubelet is not null)
            {
                PodIdentityWebhook.Mutate(body, kubelet);
            }
        }

        Validate(kind, name, body);
        return body;
    }

    /// <summary>
    /// The object a PUT (or a merge PATCH, already applied) makes of <paramref name="current"/>:
    /// the main resource keeps the stored status, the status subresource changes only status.
    /// </summary>
    /// <exception cref="ApiException">400 for a wrong kind, name or namespace, 409 Conflict on a stale resourceVersion, 422 when invalid.</exception>
    public static JsonObject PrepareUpdate(ResourceKind kind, JsonObject current, JsonObject incoming, bool statusOnly)
    {
        CheckType(kind, incoming);
        var name = KubeJson.String(current["metadata"]?["name"])!;
        var metadata = incoming["metadata"] as JsonObject ?? [];
        CheckNamespace(metadata, KubeJson.String(current["metadata"]?["namespace"])!);
        if (KubeJson.String(metadata["name"]) is { Length: > 0 } named && named != name)
        {
            throw new ApiException(Statuses.BadRequest($"the name of the object ({named}) does not match the name on the URL ({name})"));
        }

        var version = KubeJson.String(metadata["resourceVersion"]);
        if (!string.IsNullOrEmpty(version) && version != KubeJson.String(current["metadata"]?["resourceVersion"]))
        {
            throw new ApiException(Statuses.Conflict(kind, name, "the object has been modified; please apply your changes to the latest version and try again"));
        }

        if (statusOnly)
        {
            current["status"] = incoming["status"]?.DeepClone() ?? new JsonObject();
            return current;
        }

        var currentMetadata = (JsonObject)current["metadata"]!;
        foreach (var serverOwned in (string[])["name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"])
        {
            metadata[serverOwned] = currentMetadata[serverOwned]?.DeepClone();
            if (metadata[serverOwned] is null)
            {
                metadata.Remove(serverOwned);
            }
        }

        var body = Shape(kind, incoming, metadata);
        body["status"] = current["status"]?.DeepClone();
        if (kind == ResourceKind.Jobs && !JsonNode.DeepEquals(body["spec"], current["spec"]))
        {
            metadata["generation"] = (KubeJson.Long(currentMetadata["generation"]) ?? 1) + 1;
        }

        Validate(kind, name, body);
        return body;
    }

    private static JsonObject Shape(ResourceKind kind, JsonObject incoming, JsonObject metadata)
    {
        var body = new JsonObject { ["kind"] = kind.Kind, ["apiVersion"] = kind.ApiVersion, ["metadata"] = metadata.DeepClone() };
        foreach (var (key, value) in incoming)
        {
            if (key is not ("kind" or "apiVersion" or "metadata"))
            {
                body[key] = value?.DeepClone();
            }
        }

        return body;
    }

    private static void CheckType(ResourceKind kind, JsonObject incoming)
    {
        var (k, v) = (KubeJson.String(incoming["kind"]), KubeJson.String(incoming["apiVersion"]));
        if ((k is not null && k != kind.Kind) || (v is not null && v != kind.ApiVersion))
        {
            throw new ApiException(Statuses.BadRequest($"the object provided is unrecognized (must be of type {kind.Kind}): kind {k}, apiVersion {v}"));
        }
    }

    private static void CheckNamespace(JsonObject metadata, string @namespace)
    {
        if (KubeJson.String(metadata["namespace"]) is { Length: > 0 } given && given != @namespace)
        {
            throw new ApiException(Statuses.BadRequest("the namespace of the provided object does not match the namespace sent on the request"));
        }
    }

    private static void Validate(ResourceKind kind, string name, JsonObject body)
    {
        if (ObjectValidator.Validate(kind, body) is { Count: > 0 } errors)
        {
            throw new ApiException(Statuses.Invalid(kind, name, errors));
        }
    }

    /// <summary>generateName: the prefix (cut to 58 characters) and five random characters.</summary>
    private static string Generate(string prefix) =>
        prefix[..Math.Min(prefix.Length, NameRules.LabelMaxLength - GeneratedSuffix)]
        + new string(Enumerable.Range(0, GeneratedSuffix).Select(_ => GeneratedAlphabet[RandomNumberGenerator.GetInt32(GeneratedAlphabet.Length)]).ToArray());
}
