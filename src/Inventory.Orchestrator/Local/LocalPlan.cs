using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Planning;
using Inventory.Orchestrator.Selection;

namespace Inventory.Orchestrator.Local;

/// <summary>--local --dry-run: what a local run would collect and where it would write; nothing is collected or written.</summary>
internal static class LocalPlan
{
    public static async Task PrintAsync(TextWriter output, OrchestratorOptions options, string runId, SelectionResult selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(selection);
        var partition = AwsPartition.Of(options.Runners.HomeRegion);
        await output.WriteLineAsync($"Dry run {runId} ({options.Run.RunDate:yyyy-MM-dd}), local: {selection.Selected.Count} accounts in-process, at most {options.Run.MaxConcurrentRunners} at once; nothing is collected or written");
        foreach (var account in selection.Selected)
        {
            var access = selection.OwnAccountOnly ? "the caller's own credentials" : $"arn:{partition.Name}:iam::{account.Id}:role{options.Runners.InventoryRolePath}{options.Runners.InventoryRoleName}";
            await output.WriteLineAsync($"  collect {account.Id}  {account.Name}  through {access}");
        }

        foreach (var line in selection.NotCollectedLines())
        {
            await output.WriteLineAsync(line);
        }

        var services = ServiceSelection.Select(ServiceCatalog.Default, options.Runners.Services, options.Runners.ExcludeServices).Select(s => s.Service).Distinct(StringComparer.Ordinal).ToList();
        await output.WriteLineAsync($"Regions: {(options.Runners.Regions.Count == 0 ? "every region enabled in each account, and global" : string.Join(", ", options.Runners.Regions))}");
        await output.WriteLineAsync($"Services ({services.Count}): {string.Join(", ", services)}");
        var date = options.Run.RunDate;
        await output.WriteLineAsync($"Destination: {LocalDestination.Of(options)}/AWSRecon/{date.Year}/{date.Month}/{date.Day}/");
        await output.FlushAsync(cancellationToken);
    }
}
