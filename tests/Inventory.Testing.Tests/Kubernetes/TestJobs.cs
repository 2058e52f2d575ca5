using System.Text.Json.Nodes;

namespace Inventory.Testing.Tests.Kubernetes;

/// <summary>Job and pod bodies as the orchestrator would send them.</summary>
internal static class TestJobs
{
    public const string RunnerCommand = "/app/inventory-runner";

    public static JsonObject Job(string name, IDictionary<string, string>? env = null, IDictionary<string, string>? labels = null, int? backoffLimit = null, string serviceAccount = "aws-inventory-runner-sa")
    {
        var variables = new JsonArray();
        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            variables.Add(new JsonObject { ["name"] = key, ["value"] = value });
        }

        var spec = new JsonObject
        {
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = Labels(labels) },
                ["spec"] = new JsonObject
                {
                    ["restartPolicy"] = "Never",
                    ["serviceAccountName"] = serviceAccount,
                    ["containers"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "runner",
                        ["image"] = "registry.example/inventory:1.0",
                        ["command"] = new JsonArray(RunnerCommand),
                        ["env"] = variables,
                    }),
                },
            },
        };
        if (backoffLimit is { } limit)
        {
            spec["backoffLimit"] = limit;
        }

        return new JsonObject
        {
            ["apiVersion"] = "batch/v1",
            ["kind"] = "Job",
            ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = Labels(labels) },
            ["spec"] = spec,
        };
    }

    public static JsonObject Pod(string name, IDictionary<string, string>? labels = null) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Pod",
        ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = Labels(labels) },
        ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = "busybox:1.36" }) },
    };

    public static JsonObject OwnedBy(this JsonObject body, JsonObject owner)
    {
        body["metadata"]!["ownerReferences"] = new JsonArray(new JsonObject
        {
            ["apiVersion"] = owner["apiVersion"]!.GetValue<string>(),
            ["kind"] = owner["kind"]!.GetValue<string>(),
            ["name"] = owner["metadata"]!["name"]!.GetValue<string>(),
            ["uid"] = owner["metadata"]!["uid"]!.GetValue<string>(),
            ["controller"] = true,
        });
        return body;
    }

    public static string Name(this JsonNode body) => body["metadata"]!["name"]!.GetValue<string>();

    public static string ResourceVersion(this JsonNode body) => body["metadata"]!["resourceVersion"]!.GetValue<string>();

    public static string? Condition(this JsonNode job) =>
        job["status"]?["conditions"]?.AsArray().Select(c => c!["type"]!.GetValue<string>()).LastOrDefault(t => t is "Complete" or "Failed");

    private static JsonObject Labels(IDictionary<string, string>? labels)
    {
        var map = new JsonObject();
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            map[key] = value;
        }

        return map;
    }
}
