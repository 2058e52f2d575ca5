namespace Inventory.Orchestrator;

/// <summary>Which of the organization's accounts a run collects (Selection/AccountSelection applies them).</summary>
public sealed record AccountSelectionOptions
{
    public IReadOnlyList<string> IncludeAccounts { get; init; } = [];
    public IReadOnlyList<string> ExcludeAccounts { get; init; } = [];
    public IReadOnlyList<string> IncludeOus { get; init; } = [];
}
