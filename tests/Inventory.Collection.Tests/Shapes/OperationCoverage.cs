using System.Text.RegularExpressions;
using Inventory.Aws.Model;
using Inventory.Collection.Catalog;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>Which catalog operations a collection called and moto answered (2xx), from the proxy's call log.</summary>
internal static class OperationCoverage
{
    /// <summary>Every (model, operation) the catalog calls, listings and follow-ups at every depth.</summary>
    public static IReadOnlySet<(string Model, string Operation)> CatalogOperations(ServiceCatalog catalog)
    {
        var all = new SortedSet<(string, string)>();
        foreach (var service in catalog.Services)
        {
            foreach (var resource in service.Collect)
            {
                all.Add((service.Model, resource.Operation));
                if (resource.Each is { } each)
                {
                    all.Add((each.Model ?? service.Model, each.Operation));
                }

                Add(service.Model, resource.Details, all);
            }
        }

        return all;
    }

    /// <summary>The catalog operations with at least one successful answer: moto's, or the proxy's canned ones.</summary>
    public static IReadOnlySet<(string Model, string Operation)> Answered(ServiceCatalog catalog, IEnumerable<RecordedCall> calls, bool canned)
    {
        var ok = calls.Where(c => c.StatusCode is >= 200 and < 300 && c.Injected == canned).ToList();
        return CatalogOperations(catalog).Where(op => ok.Any(call => Matches(ServiceModels.Get(op.Model).Operation(op.Operation), call))).ToHashSet();
    }

    private static bool Matches(OperationModel operation, RecordedCall call)
    {
        if (!string.Equals(call.Service, operation.Service.SigningName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (operation.Service.Protocol is "json" or "query" or "ec2")
        {
            return call.Action == operation.Name;
        }

        // REST: the method and path against the model's URI template, and the query words it names (S3's "?policy");
        // a label holding an ARN (Bedrock, VPC Lattice) keeps its slashes encoded.
        // A signing name two models share (SES and SESv2, S3 and S3 Control): a call of the other protocol is not this one.
        var space = call.Action.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        var (method, path) = (call.Action[..space], call.Action[(space + 1)..]);
        var uri = operation.RequestUri.Split('?', 2);
        var pattern = "^" + Regex.Replace(Regex.Escape(uri[0]), @"\\\{[^}]+?\+\}|\\\{[^}]+\}", m => m.Value.EndsWith("+}", StringComparison.Ordinal) ? ".+" : "[^/]+") + "/?$";
        if (method != operation.HttpMethod || !(Regex.IsMatch(Uri.UnescapeDataString(path), pattern) || Regex.IsMatch(path, pattern)))
        {
            return false;
        }

        var words = uri.Length > 1 ? uri[1].Split('&').Select(w => w.Split('=')[0]).Where(w => !w.StartsWith('{')) : [];
        var query = call.Query.TrimStart('?').Split('&').Select(w => w.Split('=')[0]).ToHashSet();
        return words.All(query.Contains) && (uri.Length > 1 || operation.Service.Name != "s3" || query.All(w => w.Length == 0 || IsParameter(w)));
    }

    // Query parameters S3 list calls take, as opposed to sub-resource words (?acl, ?policy).
    private static bool IsParameter(string word) => word is "list-type" or "prefix" or "delimiter" or "max-keys" or "continuation-token" or "marker" or "bucket-region" or "max-buckets";

    private static void Add(string model, IReadOnlyList<CatalogDetail> details, SortedSet<(string, string)> all)
    {
        foreach (var detail in details)
        {
            all.Add((model, detail.Operation));
            Add(model, detail.Details, all);
        }
    }
}
