using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>The API server's Status objects, with its reasons and message wording.</summary>
internal static class Statuses
{
    public static JsonObject Failure(int code, string reason, string message, JsonObject? details = null)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
        };
        if (details is not null)
        {
            status["details"] = details;
        }

        status["code"] = code;
        return status;
    }

    public static JsonObject Success(ResourceKind kind, string name, string uid)
    {
        var details = Details(kind, name);
        details["uid"] = uid;
        return new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = details,
        };
    }

    public static JsonObject NotFound(ResourceKind kind, string name) =>
        Failure(404, "NotFound", $"{kind.Resource} \"{name}\" not found", Details(kind, name));

    public static JsonObject RouteNotFound() =>
        Failure(404, "NotFound", "the server could not find the requested resource", new JsonObject());

    public static JsonObject AlreadyExists(ResourceKind kind, string name) =>
        Failure(409, "AlreadyExists", $"{kind.Resource} \"{name}\" already exists", Details(kind, name));

    public static JsonObject Conflict(ResourceKind kind, string name, string why) =>
        Failure(409, "Conflict", $"Operation cannot be fulfilled on {kind.Resource} \"{name}\": {why}", Details(kind, name));

    public static JsonObject Invalid(ResourceKind kind, string name, IReadOnlyList<FieldError> errors)
    {
        var each = errors.Select(error => $"{error.Field}: {error.Message}").ToList();
        var message = $"{kind.QualifiedKind} \"{name}\" is invalid: " + (each.Count == 1 ? each[0] : $"[{string.Join(", ", each)}]");
        var details = new JsonObject { ["name"] = name };
        if (kind.Group.Length > 0)
        {
            details["group"] = kind.Group;
        }

        details["kind"] = kind.Kind;
        details["causes"] = new JsonArray(errors.Select(error => (JsonNode)new JsonObject
        {
            ["reason"] = error.Reason,
            ["message"] = error.Message,
            ["field"] = error.Field,
        }).ToArray());
        return Failure(422, "Invalid", message, details);
    }

    /// <summary>RBAC's refusal, worded as the API server words it.</summary>
    public static JsonObject Forbidden(string user, string verb, ResourceKind kind, string? name, string? @namespace) => Failure(
        403,
        "Forbidden",
        $"{kind.Resource}{(name is null ? string.Empty : $" \"{name}\"")} is forbidden: User \"{user}\" cannot {verb} resource \"{kind.Plural}\" in API group \"{kind.Group}\""
            + (@namespace is null ? " at the cluster scope" : $" in the namespace \"{@namespace}\""),
        new JsonObject { ["group"] = kind.Group, ["kind"] = kind.Plural, ["name"] = name });

    public static JsonObject BadRequest(string message) => Failure(400, "BadRequest", message);

    public static JsonObject Expired(string message) => Failure(410, "Expired", message);

    public static JsonObject Unauthorized() => Failure(401, "Unauthorized", "Unauthorized");

    public static JsonObject MethodNotAllowed() =>
        Failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", new JsonObject());

    public static JsonObject UnsupportedMediaType(string contentType) => Failure(
        415,
        "UnsupportedMediaType",
        $"the body of the request was in an unknown format ({contentType}) - accepted media types include: application/merge-patch+json, application/strategic-merge-patch+json");

    public static JsonObject Internal(string message) => Failure(
        500,
        "InternalError",
        $"Internal error occurred: {message}",
        new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["message"] = message }) });

    /// <summary>What an injected fault answers for <paramref name="code"/>.</summary>
    public static JsonObject ForCode(int code, int? retryAfterSeconds)
    {
        var details = retryAfterSeconds is { } seconds ? new JsonObject { ["retryAfterSeconds"] = seconds } : null;
        return code switch
        {
            400 => Failure(400, "BadRequest", "injected fault: bad request", details),
            401 => Unauthorized(),
            403 => Failure(403, "Forbidden", "injected fault: forbidden", details),
            404 => Failure(404, "NotFound", "the server could not find the requested resource", details ?? []),
            409 => Failure(409, "Conflict", "injected fault: conflict", details),
            410 => Expired("injected fault: too old resource version"),
            429 => Failure(429, "TooManyRequests", "Too many requests, please try again later.", details),
            500 => Failure(500, "InternalError", "Internal error occurred: injected fault", details),
            503 => Failure(503, "ServiceUnavailable", "the server is currently unable to handle the request", details),
            504 => Failure(504, "Timeout", "Timeout: request did not complete within requested timeout", details),
            _ => Failure(code, "Unknown", $"injected fault: HTTP {code}", details),
        };
    }

    private static JsonObject Details(ResourceKind kind, string name)
    {
        var details = new JsonObject { ["name"] = name };
        if (kind.Group.Length > 0)
        {
            details["group"] = kind.Group;
        }

        details["kind"] = kind.Plural;
        return details;
    }
}
