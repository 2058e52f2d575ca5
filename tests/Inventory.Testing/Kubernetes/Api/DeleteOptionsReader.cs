using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Kubernetes;

/// <summary>DeleteOptions from the body (a DeleteOptions object) or the query string, body first.</summary>
internal static class DeleteOptionsReader
{
    public static DeleteRequest Read(IQueryCollection query, JsonObject? body)
    {
        var policy = KubeJson.String(body?["propagationPolicy"]) ?? NonEmpty(query["propagationPolicy"]);
        var orphan = KubeJson.Bool(body?["orphanDependents"]) ?? (bool.TryParse(query["orphanDependents"], out var flag) ? flag : null);
        policy ??= orphan switch { true => DeleteRequest.Orphan, false => DeleteRequest.Background, null => null };
        var grace = KubeJson.Long(body?["gracePeriodSeconds"])
            ?? (long.TryParse(query["gracePeriodSeconds"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : null);
        var preconditions = body?["preconditions"];
        return new DeleteRequest(policy, grace, KubeJson.String(preconditions?["uid"]), KubeJson.String(preconditions?["resourceVersion"]));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
