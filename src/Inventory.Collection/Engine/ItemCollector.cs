using System.Text.Json.Nodes;
using Inventory.Aws.Client;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Paths;
using Inventory.Collection.Catalog;
using Inventory.Collection.Records;
using Microsoft.Extensions.Logging;

namespace Inventory.Collection.Engine;

/// <summary>Builds one record from a listed item: its data, type, arn, extras and follow-ups.</summary>
internal sealed class ItemCollector(
    AwsClient client, CollectionOptions options, WorkItem work, ServiceModel model, bool numericZone, CollectionReport report, ILogger logger)
{
    private int _errors;

    /// <summary>Calls of this work item that failed for good.</summary>
    public int Errors => _errors;

    public async Task<InventoryRecord> RecordAsync(CatalogResource resource, Shape? itemShape, JsonNode item, JsonNode parent, CancellationToken cancellationToken, TemplateScope? source = null)
    {
        var scope = new TemplateScope(item, parent, options.Account, work.Region, options.Partition, source);
        var raw = item is JsonObject obj ? (JsonObject)obj.DeepClone() : [];
        foreach (var policy in resource.Policies)
        {
            PolicyDocument.ParseAt(raw, policy);
        }

        var data = (JsonObject)RecordData.From(raw, itemShape, numericZone)!;
        if (resource.AllMembers && itemShape is { Type: ShapeType.Structure })
        {
            data = RubyStruct.WithEveryMember(data, itemShape);
        }

        RecordKeys.Rename(data, resource.Rename);
        var itemKeys = data.Select(pair => pair.Key).ToList();
        data["type"] = resource.AssetType;
        data["arn"] = null;
        foreach (var (key, value) in resource.Extra)
        {
            data[key] = value.StartsWith('=') ? value[1..] : RecordData.From(Template.Evaluate(AsTemplate(value), scope), null, numericZone);
        }

        await AddDetailsAsync(resource.Details, scope, data, cancellationToken, itemKeys);
        RubyStruct.EmptyWhereAbsent(data, resource.Empty);

        // Last, so it can use follow-ups' answers; the key keeps its place after "type".
        var arn = Template.Evaluate(resource.Arn, scope);
        data["arn"] = arn;
        return new InventoryRecord(options.Account, work.Service.Service, work.Region, resource.AssetType, arn?.ToString(), data, options.Time.GetUtcNow());
    }

    public void Fail(CatalogCall call, AwsError error)
    {
        if (call.Absent.Contains(error.Code))
        {
            return;
        }

        Interlocked.Increment(ref _errors);
        CollectionLog.CallFailed(logger, work.Service.Service, call.Operation, work.Region, error.Code, error.Message);
        report.Failed(new CollectionError(work.Region, work.Service.Service, call.Operation, error.Code, error.Message));
    }

    private async Task AddDetailsAsync(IReadOnlyList<CatalogDetail> details, TemplateScope scope, JsonObject data, CancellationToken cancellationToken, IReadOnlyList<string>? itemKeys = null)
    {
        foreach (var detail in details)
        {
            if (await DetailAsync(detail, scope, cancellationToken) is not (true, var value))
            {
                continue;
            }

            if (detail.Merge && value is JsonObject merged)
            {
                RecordKeys.Rename(merged, detail.Rename);
                if (detail.Replace)
                {
                    RecordKeys.ReplaceItem(data, itemKeys ?? [], merged);
                    continue;
                }

                foreach (var (key, child) in merged.ToList())
                {
                    merged.Remove(key);
                    data[key] = child;
                }
            }
            else
            {
                data[detail.Key] = value;
            }
        }
    }

    // The follow-up's converted value, or (false, null) when it has none (absent or failed).
    private async Task<(bool Found, JsonNode? Value)> DetailAsync(CatalogDetail detail, TemplateScope scope, CancellationToken cancellationToken)
    {
        var operation = model.Operation(detail.Operation);
        var region = detail.Region is { } template ? Template.Evaluate(template, scope)?.ToString() ?? work.CallRegion : work.CallRegion;
        var input = Inputs.Bind(detail.Input, scope);
        if (detail.Items is { } items)
        {
            var list = await ListAsync(detail, scope, operation, region, input, DataPath.Parse(items), cancellationToken);
            return (list is not null, list);
        }

        var result = await client.InvokeAsync(operation, region, input, cancellationToken);
        if (!result.Succeeded)
        {
            Fail(detail, result.Error!);
            return (false, null);
        }

        var value = detail.Select is { } select ? DataPath.Parse(select).Select(result.Output) : result.Output;
        if (detail.Transform is { } transform)
        {
            value = Transforms.Apply(transform, value);
        }

        scope.Remember(detail.Key, value?.DeepClone());
        value = detail.Policy ? PolicyDocument.Parse(value) : value?.DeepClone();
        foreach (var policy in detail.Policies)
        {
            PolicyDocument.ParseAt(value, policy);
        }

        return (true, RecordData.From(value, Shapes.Select(operation, detail.Select), numericZone) ?? detail.Missing?.DeepClone());
    }

    // The items of every page, or null when a page failed (the failure is recorded, not shown as an empty list).
    private async Task<JsonArray?> ListAsync(CatalogDetail detail, TemplateScope scope, OperationModel operation, string region, JsonObject input, DataPath path, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        var raw = new JsonArray();
        var shape = Shapes.Items(operation, path.Text);
        await foreach (var page in client.PaginateAsync(operation, region, input, cancellationToken))
        {
            if (!page.Succeeded)
            {
                Fail(detail, page.Error!);
                return null;
            }

            foreach (var (item, parent) in path.Items(page.Output!))
            {
                var element = RecordData.From(item, shape, numericZone)!;
                if (detail.Details.Count > 0)
                {
                    // A listed name (a task ARN) becomes the object its follow-ups describe.
                    var elementData = element as JsonObject ?? [];
                    await AddDetailsAsync(detail.Details, scope.Nested(item, parent), elementData, cancellationToken);
                    element = element is JsonObject || elementData.Count == 0 ? element : elementData;
                }

                list.Add(element);
                raw.Add(item.DeepClone());
            }
        }

        scope.Remember(detail.Key, raw);
        return list;
    }

    private static string AsTemplate(string value) =>
        value.Contains('{', StringComparison.Ordinal) ? value : "{" + value + "}";
}
