namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// The IAM action each call needs. By default it is "&lt;signing name&gt;:&lt;operation&gt;",
/// the signing name being the model's metadata.signingName, else its endpointPrefix. The
/// exceptions are facts from AWS's Service Authorization Reference, kept to the few that differ.
/// </summary>
internal static class IamActions
{
    /// <summary>IAM service prefixes that are not the signing name.</summary>
    public static readonly IReadOnlyDictionary<string, string> PrefixBySigningName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // CloudWatch signs as "monitoring"; its actions are cloudwatch:*.
        ["monitoring"] = "cloudwatch",
    };

    /// <summary>S3 operations authorized by an action of another name.</summary>
    public static readonly IReadOnlyDictionary<string, string> S3ActionByOperation = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GetBucketEncryption"] = "GetEncryptionConfiguration",
        ["GetBucketReplication"] = "GetReplicationConfiguration",
        ["GetObjectLockConfiguration"] = "GetBucketObjectLockConfiguration",
        ["GetPublicAccessBlock"] = "GetBucketPublicAccessBlock",
        ["ListBuckets"] = "ListAllMyBuckets",
    };

    /// <summary>Other operations authorized by an action of another name, by model.</summary>
    public static readonly IReadOnlyDictionary<(string Model, string Operation), string> ActionByOperation = new Dictionary<(string, string), string>
    {
        // Budgets' reads are all authorized by ViewBudget.
        [("budgets", "DescribeBudgets")] = "budgets:ViewBudget",
        // S3 Control signs as s3; the account's block is not a bucket's.
        [("s3control", "GetPublicAccessBlock")] = "s3:GetAccountPublicAccessBlock",
    };

    /// <summary>Calls the runner makes with the inventory role outside the catalog.</summary>
    public static readonly IReadOnlyList<RequiredPermission> RunnerCalls =
    [
        // src/Inventory.Collection/Planning/RegionDiscovery.cs: the account's enabled regions.
        new("ec2:DescribeRegions", "*", "RegionDiscovery"),

        // src/Inventory.Aws/Client/EndpointDiscovery.cs: Timestream's calls go to the cell DescribeEndpoints names.
        new("timestream:DescribeEndpoints", "*", "EndpointDiscovery"),
    ];

    public static string PrefixOf(CatalogCall call)
    {
        var signingName = call.Metadata.Str("signingName") ?? call.Metadata.Str("endpointPrefix") ?? throw new InvalidDataException($"{call}: no signing name");
        return PrefixBySigningName.GetValueOrDefault(signingName, signingName);
    }

    public static RequiredPermission For(CatalogCall call)
    {
        var prefix = PrefixOf(call);
        if (ActionByOperation.TryGetValue((call.Model, call.Operation), out var action))
        {
            return new(action, $"arn:aws:{prefix}:eu-west-1:111111111111:example/resource", call.ToString());
        }

        switch (prefix)
        {
            case "apigateway":
                // API Gateway's management API is authorized by HTTP method on the resource path
                // (apigateway:GET on arn:aws:apigateway:region::/restapis/…), v1 and v2 alike.
                Assert.Equal("GET", call.Http.Str("method"));
                return new("apigateway:GET", "arn:aws:apigateway:eu-west-1::" + ResourcePath(call.Http.Str("requestUri")!), call.ToString());
            case "s3" when call.Model == "s3":
                return new("s3:" + S3ActionByOperation.GetValueOrDefault(call.Operation, call.Operation), "arn:aws:s3:::example-bucket", call.ToString());
            default:
                return new($"{prefix}:{call.Operation}", $"arn:aws:{prefix}:eu-west-1:111111111111:example/resource", call.ToString());
        }
    }

    // "/v2/apis/{apiId}/stages?x" → "/apis/abc123/stages": v2 paths are authorized without "/v2".
    private static string ResourcePath(string requestUri)
    {
        var path = requestUri.Split('?')[0];
        if (path.StartsWith("/v2/", StringComparison.Ordinal))
        {
            path = path[3..];
        }

        return string.Join('/', path.Split('/').Select(segment => segment.StartsWith('{') ? "abc123" : segment));
    }
}
