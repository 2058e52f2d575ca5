using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Aws;

public sealed partial class MotoSeeder
{
    /// <summary>Creates a symmetric KMS key; returns its KeyId (a UUID; the ARN is arn:aws:kms:REGION:ACCOUNT:key/ID).</summary>
    public async Task<string> CreateKeyAsync(string accountId, string region, CancellationToken ct = default)
    {
        var answer = await raw.JsonAsync(accountId, "kms", region, "TrentService.CreateKey", ct: ct);
        return answer.GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
    }

    /// <summary>
    /// Creates a python3.12 zip function; returns its ARN. moto needs no docker for this (only for
    /// Invoke), but the role must exist in the same account or it answers
    /// InvalidParameterValueException "The role defined for the function cannot be assumed by Lambda."
    /// </summary>
    public async Task<string> CreateFunctionAsync(string accountId, string region, string name, string roleArn, CancellationToken ct = default)
    {
        var payload = new JsonObject
        {
            ["FunctionName"] = name,
            ["Runtime"] = "python3.12",
            ["Role"] = roleArn,
            ["Handler"] = "index.handler",
            ["Code"] = new JsonObject { ["ZipFile"] = Convert.ToBase64String(HandlerZip()) },
        };
        using var content = MotoRawClient.JsonContent(payload, "application/json");
        var text = await raw.RestAsync(accountId, "lambda", region, HttpMethod.Post, "/2015-03-31/functions", content, ct);
        return JsonNode.Parse(text)!["FunctionArn"]!.GetValue<string>();
    }

    /// <summary>Creates an SQS queue (JSON protocol); returns its URL.</summary>
    public async Task<string> CreateQueueAsync(string accountId, string region, string name, CancellationToken ct = default)
    {
        var answer = await raw.JsonAsync(accountId, "sqs", region, "AmazonSQS.CreateQueue",
            new JsonObject { ["QueueName"] = name }, jsonVersion: "1.0", ct: ct);
        return answer.GetProperty("QueueUrl").GetString()!;
    }

    private static byte[] HandlerZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("index.py").Open());
            writer.Write("def handler(event, context):\n    return event\n");
        }

        return buffer.ToArray();
    }
}
