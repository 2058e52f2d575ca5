using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// Every HTTP request: bearer-token check, injected faults, RBAC denials, then the REST verbs on the routes
/// <see cref="ApiRoute"/> knows. Each request is recorded with the status it got.
/// </summary>
internal sealed class ApiHandler(ObjectStore store, Admission admission, FaultBook faults, RbacDenials rbac, RequestLog log, string token, FakeKubernetesOptions options, Func<string, string, string> logs)
{
    private const string Version = """{"major":"1","minor":"33","gitVersion":"v1.33.0-fake","platform":"linux/amd64"}""";

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        var arrived = DateTimeOffset.UtcNow;
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        void Record(int status) => log.Add(new RecordedRequest(request.Method, path, query, status, arrived));
        try
        {
            if (request.Headers.Authorization.ToString() != $"Bearer {token}")
            {
                throw new ApiException(Statuses.Unauthorized());
            }

            if (faults.Take(path) is { } fault)
            {
                Record(fault.Status);
                if (fault.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await WriteAsync(context, new ApiResult(fault.Status, KubeJson.Serialize(Statuses.ForCode(fault.Status, fault.RetryAfterSeconds))));
                return;
            }

            if (await DispatchAsync(context, path, Record, stopping) is { } result)
            {
                Record(result.Status);
                await WriteAsync(context, result);
            }
        }
        catch (ApiException e) when (!context.Response.HasStarted)
        {
            Record(e.Code);
            await WriteAsync(context, new ApiResult(e.Code, KubeJson.Serialize(e.Status)));
        }
    }

    private static async Task WriteAsync(HttpContext context, ApiResult result)
    {
        context.Response.StatusCode = result.Status;
        context.Response.ContentType = result.ContentType;
        await context.Response.WriteAsync(result.Body, context.RequestAborted);
    }

    /// <summary>The answer, or null when a watch has streamed (and recorded) itself.</summary>
    private async Task<ApiResult?> DispatchAsync(HttpContext context, string path, Action<int> record, CancellationToken stopping)
    {
        if (path == "/version")
        {
            return ApiResult.Ok(Version);
        }

        if (path is "/healthz" or "/livez" or "/readyz")
        {
            return new ApiResult(200, "ok", "text/plain");
        }

        var route = ApiRoute.Parse(path) ?? throw new ApiException(Statuses.RouteNotFound());
        var query = context.Request.Query;
        var watch = route.WatchPath || query["watch"] == "true" || query["watch"] == "1";
        var (kind, ns, name) = (route.Kind, route.Namespace, route.Name);
        var verb = RbacDenials.VerbOf(context.Request.Method, name is not null, watch);
        if (rbac.IsDenied(verb, kind))
        {
            throw new ApiException(Statuses.Forbidden(RbacDenials.User, verb, kind, name, ns));
        }

        return (context.Request.Method, name, route.Subresource) switch
        {
            ("GET", null, _) when watch => await WatchAsync(context, route, record, stopping),
            ("GET", null, _) => ApiResult.Ok(store.List(Filter(route, query), Limit(query), query["continue"])),
            ("POST", null, _) when ns is not null => Created(store.Create(kind, admission.PrepareCreate(kind, ns, await ReadObjectAsync(context.Request, kind)))),
            ("DELETE", null, _) => await DeleteCollectionAsync(context, route),
            ("GET", { }, null) when watch => await WatchAsync(context, route, record, stopping),
            ("GET", { }, null or "status") => ApiResult.Ok(store.Get(kind, ns!, name).Json),
            ("PUT", { }, null or "status") => await ReplaceAsync(context, route),
            ("PATCH", { }, null or "status") => await PatchAsync(context, route),
            ("DELETE", { }, null) => await DeleteAsync(context, route),
            ("GET", { }, "log") when kind == ResourceKind.Pods => new ApiResult(200, logs(ns!, store.Get(kind, ns!, name).Name), "text/plain"),
            (_, { }, not (null or "status" or "log")) => throw new ApiException(Statuses.RouteNotFound()),
            _ => throw new ApiException(Statuses.MethodNotAllowed()),
        };
    }

    private async Task<ApiResult?> WatchAsync(HttpContext context, ApiRoute route, Action<int> record, CancellationToken stopping)
    {
        var query = context.Request.Query;
        var timeout = long.TryParse(query["timeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var bookmarks = query["allowWatchBookmarks"] == "true" || query["allowWatchBookmarks"] == "1";
        var watch = store.Watch(Filter(route, query), query["resourceVersion"], external: true);
        record(StatusCodes.Status200OK);
        await WatchStreamer.StreamAsync(context, store, watch, bookmarks ? options.BookmarkInterval : null, timeout, stopping);
        return null;
    }

    private async Task<ApiResult> ReplaceAsync(HttpContext context, ApiRoute route)
    {
        var incoming = await ReadObjectAsync(context.Request, route.Kind);
        var stored = store.Update(route.Kind, route.Namespace!, route.Name!, current => Admission.PrepareUpdate(route.Kind, current, incoming, route.Subresource == "status"));
        return ApiResult.Ok(stored.Json);
    }

    private async Task<ApiResult> PatchAsync(HttpContext context, ApiRoute route)
    {
        var contentType = context.Request.ContentType?.Split(';')[0].Trim() ?? "";
        if (contentType is not ("application/merge-patch+json" or "application/strategic-merge-patch+json"))
        {
            throw new ApiException(Statuses.UnsupportedMediaType(contentType));
        }

        var patch = await ReadObjectAsync(context.Request, route.Kind);
        var stored = store.Update(route.Kind, route.Namespace!, route.Name!, current =>
            Admission.PrepareUpdate(route.Kind, current, (JsonObject)MergePatch.Apply(current.DeepClone(), patch)!, route.Subresource == "status"));
        return ApiResult.Ok(stored.Json);
    }

    private async Task<ApiResult> DeleteAsync(HttpContext context, ApiRoute route)
    {
        var request = DeleteOptionsReader.Read(context.Request.Query, await ReadOptionalObjectAsync(context.Request));
        var result = store.Delete(route.Kind, route.Namespace!, route.Name!, request);
        return ApiResult.Ok(result.Removed && route.Kind == ResourceKind.Jobs
            ? KubeJson.Serialize(Statuses.Success(route.Kind, result.Object.Name, result.Object.Uid))
            : result.Object.Json);
    }

    private async Task<ApiResult> DeleteCollectionAsync(HttpContext context, ApiRoute route)
    {
        var request = DeleteOptionsReader.Read(context.Request.Query, await ReadOptionalObjectAsync(context.Request));
        var deleted = new List<string>();
        foreach (var stored in store.Snapshot(Filter(route, context.Request.Query)))
        {
            try
            {
                deleted.Add(store.Delete(stored.Kind, stored.Namespace, stored.Name, request).Object.ItemJson);
            }
            catch (ApiException e) when (e.Code == StatusCodes.Status404NotFound)
            {
                // Collected as a dependent of an object deleted before it.
            }
        }

        var json = new StringBuilder()
            .Append($"{{\"kind\":\"{route.Kind.ListKind}\",\"apiVersion\":\"{route.Kind.ApiVersion}\",\"metadata\":{{\"resourceVersion\":\"{store.Revision}\"}},\"items\":[")
            .AppendJoin(',', deleted)
            .Append("]}");
        return ApiResult.Ok(json.ToString());
    }

    private static ApiResult Created(StoredObject stored) => new(StatusCodes.Status201Created, stored.Json);

    private static ObjectFilter Filter(ApiRoute route, IQueryCollection query) => new(
        route.Kind,
        route.Namespace,
        LabelSelector.Parse(query["labelSelector"]),
        FieldSelector.Parse(route.Kind, query["fieldSelector"], route.Name));

    private static int? Limit(IQueryCollection query) =>
        int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : null;

    private static async Task<JsonObject> ReadObjectAsync(HttpRequest request, ResourceKind kind) =>
        await ReadOptionalObjectAsync(request)
            ?? throw new ApiException(Statuses.BadRequest($"the object provided is unrecognized (must be of type {kind.Kind}): no body"));

    private static async Task<JsonObject?> ReadOptionalObjectAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ApiException(Statuses.BadRequest("the body of the request is not a JSON object"));
        }
        catch (JsonException e)
        {
            throw new ApiException(Statuses.BadRequest($"the object provided is unrecognized: couldn't get version/kind; json parse error: {e.Message}"));
        }
    }
}
