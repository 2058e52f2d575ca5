using System.Diagnostics;
using System.Threading.Channels;
using Inventory.Aws.Client;
using Inventory.Aws.Model;
using Inventory.Aws.Pagination;
using Inventory.Aws.Paths;
using Inventory.Collection.Catalog;
using Inventory.Collection.Records;
using Microsoft.Extensions.Logging;

namespace Inventory.Collection.Engine;

/// <summary>
/// Runs every (region, service) of an account at once — the client bounds calls in flight and
/// paces each (service, region) — and turns pages into records as they arrive, handing them
/// to <c>records</c> (a bounded channel the file writer drains). Nothing is held back.
/// </summary>
public sealed class CollectionEngine(AwsClient client, CollectionOptions options, ILogger logger)
{
    public CollectionReport Report { get; } = new();

    public async Task RunAsync(IEnumerable<WorkItem> work, ChannelWriter<InventoryRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await Task.WhenAll(work.Select(item => RunAsync(item, records, cancellationToken)));
    }

    private async Task RunAsync(WorkItem work, ChannelWriter<InventoryRecord> records, CancellationToken cancellationToken)
    {
        Report.Started();
        try
        {
            await CollectAsync(work, records, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault of one (region, service) — a catalog entry the engine cannot follow — is
            // reported as that pair's error; the rest of the account is still collected.
            Report.Failed(new CollectionError(work.Region, work.Service.Service, "*", "CollectorError", e.Message));
            CollectionLog.CallFailed(logger, work.Service.Service, "*", work.Region, "CollectorError", e.Message);
        }
        finally
        {
            Report.Finished(work.Region, work.Service.Service);
        }
    }

    // The items a listing runs once for (its "each" call's), or one run without any.
    private async Task<IReadOnlyList<TemplateScope?>> SourcesAsync(WorkItem work, CatalogResource resource, ItemCollector collector, CancellationToken cancellationToken)
    {
        if (resource.Each is not { } each)
        {
            return [null];
        }

        var operation = ServiceModels.Get(each.Model ?? work.Service.Model).Operation(each.Operation);
        var listing = TemplateScope.Listing(options.Account, work.Region, options.Partition);
        var region = each.Region is { } template ? Template.Evaluate(template, listing)?.ToString() ?? work.CallRegion : work.CallRegion;
        var path = each.Items is { } items ? DataPath.Parse(items) : null;
        var sources = new List<TemplateScope?>();
        await foreach (var page in client.PaginateAsync(operation, region, Inputs.Bind(each.Input, listing), cancellationToken))
        {
            if (!page.Succeeded)
            {
                collector.Fail(each, page.Error!);
                break;
            }

            var pageItems = path is null
                ? ResultItems.Of(page.Output!, operation).Select(item => new PathMatch(item, page.Output!))
                : path.Items(page.Output!);
            sources.AddRange(pageItems.Select(pair => new TemplateScope(pair.Value, pair.Parent, options.Account, work.Region, options.Partition)));
        }

        return sources;
    }

    private async Task CollectAsync(WorkItem work, ChannelWriter<InventoryRecord> records, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var model = ServiceModels.Get(work.Service.Model);
        var numericZone = Quirks.Applies(model, QuirkStage.TimestampZone);
        long count = 0;
        var collector = new ItemCollector(client, options, work, model, numericZone, Report, logger);
        foreach (var resource in work.Service.Collect)
        {
            var operation = model.Operation(resource.Operation);
            var path = resource.Items is { } items ? DataPath.Parse(items) : null;
            var itemShape = Shapes.Items(operation, resource.Items);
            if (resource.Poll is { } poll)
            {
                await Poller.PollAsync(client, model, work.CallRegion, poll, options.Time, collector, cancellationToken);
            }

            foreach (var source in await SourcesAsync(work, resource, collector, cancellationToken))
            {
                var listing = TemplateScope.Listing(options.Account, work.Region, options.Partition, source);
                var region = resource.Region is { } template ? Template.Evaluate(template, listing)?.ToString() ?? work.CallRegion : work.CallRegion;
                foreach (var input in resource.Inputs.Count > 0 ? resource.Inputs : [resource.Input])
                {
                    await foreach (var page in client.PaginateAsync(operation, region, Inputs.Bind(input, listing), cancellationToken))
                    {
                        if (!page.Succeeded)
                        {
                            collector.Fail(resource, page.Error!);
                            break;
                        }

                        var pageItems = path is null
                            ? ResultItems.Of(page.Output!, operation).Select(item => new PathMatch(item, page.Output!)).ToList()
                            : path.Items(page.Output!).ToList();
                        await Parallel.ForEachAsync(
                            pageItems,
                            new ParallelOptions { MaxDegreeOfParallelism = options.ItemConcurrency, CancellationToken = cancellationToken },
                            async (pair, token) =>
                            {
                                var record = await collector.RecordAsync(resource, itemShape, pair.Value, pair.Parent, token, source);
                                Interlocked.Increment(ref count);
                                Report.Collected(work.Service.Service);
                                await records.WriteAsync(record, token);
                            });
                    }
                }
            }
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        CollectionLog.WorkItemDone(logger, work.Service.Service, work.Region, count, collector.Errors, seconds);
    }
}
