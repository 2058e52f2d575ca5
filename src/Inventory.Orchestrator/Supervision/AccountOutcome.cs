using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Supervision;

/// <summary>How one account's runner Job ended.</summary>
/// <param name="Reason">Why it failed (the Job's condition, or why it could not be created); null on success.</param>
/// <param name="Adopted">The Job existed already (a re-run of the same run) and was followed instead of created.</param>
public sealed record AccountOutcome(OrganizationAccount Account, string JobName, bool Succeeded, string? Reason, TimeSpan Duration, bool Adopted);
