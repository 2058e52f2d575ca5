using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Selection;

/// <summary>An account of the organization the run does not collect, and why.</summary>
public sealed record SkippedAccount(OrganizationAccount Account, string Reason);
