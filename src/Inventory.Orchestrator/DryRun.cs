using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using Inventory.Orchestrator.Jobs;
using Inventory.Orchestrator.Selection;

namespace Inventory.Orchestrator;

/// <summary>DRY_RUN / --dry-run: the plan on stdout — accounts, Job names, one full runner manifest — and nothing created.</summary>
internal static class DryRun
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task PrintAsync(TextWriter output, RunPlan plan, SelectionResult selection, RunnerJobBuilder builder, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Dry run {plan.RunId} ({plan.RunDate:yyyy-MM-dd}) in namespace {plan.Namespace}: {selection.Selected.Count} runner Jobs, image {plan.RunnerImage}");
        foreach (var account in selection.Selected)
        {
            await output.WriteLineAsync($"  create {RunnerJobNames.JobName(plan.RunId, account.Id)}  account {account.Id}  {account.Name}");
        }

        foreach (var line in selection.NotCollectedLines())
        {
            await output.WriteLineAsync(line);
        }

        if (selection.Selected.Count > 0)
        {
            await output.WriteLineAsync($"Runner Job manifest for {selection.Selected[0].Id}:");
            await output.WriteLineAsync(JsonNode.Parse(KubernetesJson.Serialize(builder.Build(plan, selection.Selected[0].Id)))!.ToJsonString(Indented));
        }

        await output.FlushAsync(cancellationToken);
    }
}
