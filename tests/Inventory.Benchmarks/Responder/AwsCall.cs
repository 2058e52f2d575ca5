using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// One request as the responder sees it: service and region from the SigV4 scope, the action
/// from the form (ec2, query), X-Amz-Target (json) or the path (rest-json), and its parameters.
/// </summary>
internal sealed record AwsCall(string Service, string Region, string Action, IReadOnlyDictionary<string, string> Parameters, JsonObject Body)
{
    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);

    /// <summary>The first parameter whose value starts with <paramref name="prefix"/> (EC2 filter values such as vpc-…).</summary>
    public string? ValueStartingWith(string prefix) =>
        Parameters.Values.FirstOrDefault(value => value.StartsWith(prefix, StringComparison.Ordinal));

    public string? Text(string member) => Body[member]?.GetValue<string>();

    public static async Task<AwsCall> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (service, region) = Scope(request.Headers.Authorization.ToString());
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(cancellationToken))
            {
                parameters[key] = value.ToString();
            }

            return new AwsCall(service, region, parameters.GetValueOrDefault("Action", ""), parameters, []);
        }

        if (request.Headers["X-Amz-Target"].ToString() is { Length: > 0 } target)
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject ?? [];
            return new AwsCall(service, region, target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..], parameters, body);
        }

        // rest-json: the path is the action (Lambda's /2015-03-31/functions/{name}/policy).
        return new AwsCall(service, region, request.Method + " " + request.Path, parameters, []);
    }

    // Credential=AKID/20260307/us-east-1/ec2/aws4_request
    private static (string Service, string Region) Scope(string authorization)
    {
        var start = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        if (start < 0)
        {
            return ("", "");
        }

        var parts = authorization[(start + "Credential=".Length)..].Split(',')[0].Split('/');
        return parts.Length >= 5 ? (parts[3], parts[2]) : ("", "");
    }
}
