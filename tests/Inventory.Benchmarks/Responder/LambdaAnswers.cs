using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// Lambda (rest-json). ListFunctions pages by Marker/NextMarker; every second function has a
/// resource policy, the others answer GetPolicy with 404 ResourceNotFoundException (the
/// catalog's "absent"), as Lambda does.
/// </summary>
internal sealed class LambdaAnswers(CannedAccount account)
{
    private const string Functions = "GET /2015-03-31/functions";

    public Task WriteAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken)
    {
        if (call.Action == Functions)
        {
            return Wire.JsonAsync(response, List(call.Region, call.Parameter("Marker")), "application/json", cancellationToken);
        }

        if (call.Action.StartsWith(Functions + "/", StringComparison.Ordinal) && call.Action.EndsWith("/policy", StringComparison.Ordinal))
        {
            var name = call.Action[(Functions.Length + 1)..^"/policy".Length];
            return int.Parse(name[(name.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0
                ? Wire.JsonAsync(response, new JsonObject { ["Policy"] = Policy(call.Region, name), ["RevisionId"] = Guid.NewGuid().ToString() }, "application/json", cancellationToken)
                : Wire.JsonErrorAsync(response, 404, "ResourceNotFoundException", "The resource you requested does not exist.", cancellationToken);
        }

        return Wire.JsonAsync(response, new JsonObject(), "application/json", cancellationToken);
    }

    private JsonObject List(string region, string? marker)
    {
        var (start, end, next) = Paging.Page(marker, account.FunctionsPerRegion, account.FunctionPageSize);
        var functions = new JsonArray();
        for (var i = start; i < end; i++)
        {
            functions.Add(Function(region, i));
        }

        var page = new JsonObject { ["Functions"] = functions };
        if (next is not null)
        {
            page["NextMarker"] = next;
        }

        return page;
    }

    private JsonObject Function(string region, int i)
    {
        var name = $"fn-{region}-{i}";
        return new JsonObject
        {
            ["FunctionName"] = name,
            ["FunctionArn"] = $"arn:aws:lambda:{region}:{account.AccountId}:function:{name}",
            ["Runtime"] = i % 3 == 0 ? "python3.12" : "nodejs20.x",
            ["Role"] = $"arn:aws:iam::{account.AccountId}:role/service-role/{name}-role",
            ["Handler"] = "index.handler",
            ["CodeSize"] = 1024 * (i % 500 + 1),
            ["Description"] = "",
            ["Timeout"] = 30,
            ["MemorySize"] = 256,
            ["LastModified"] = "2026-01-12T09:41:03.000+0000",
            ["CodeSha256"] = "mJvXq1sx0o1D0xg6lJ1SBy+3rR0QmYkzCO8sWpGvKxs=",
            ["Version"] = "$LATEST",
            ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { ["STAGE"] = "prod", ["LOG_LEVEL"] = "info" } },
            ["TracingConfig"] = new JsonObject { ["Mode"] = "PassThrough" },
            ["RevisionId"] = Ids.Uuid(region, i),
            ["PackageType"] = "Zip",
            ["Architectures"] = new JsonArray("x86_64"),
            ["EphemeralStorage"] = new JsonObject { ["Size"] = 512 },
            ["SnapStart"] = new JsonObject { ["ApplyOn"] = "None", ["OptimizationStatus"] = "Off" },
            ["LoggingConfig"] = new JsonObject { ["LogFormat"] = "Text", ["LogGroup"] = $"/aws/lambda/{name}" },
        };
    }

    private string Policy(string region, string name) =>
        $$"""{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"apigw","Effect":"Allow","Principal":{"Service":"apigateway.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:{{region}}:{{account.AccountId}}:function:{{name}}"}]}""";
}
