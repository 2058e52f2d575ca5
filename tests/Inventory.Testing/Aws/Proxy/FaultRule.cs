namespace Inventory.Testing.Aws;

/// <summary>
/// Which calls get a <see cref="Aws.Fault"/>, and how often. Null criteria match anything. Service is
/// the SigV4 signing name (case-insensitive); Action is the operation name, or for REST calls a prefix
/// of "{METHOD} {path}" (e.g. "PUT /bucket/"). The first rule (in order added) that matches and still
/// has budget decides the call.
/// </summary>
public sealed record FaultRule(Fault Fault)
{
    public string? Service { get; init; }

    public string? Action { get; init; }

    public string? Region { get; init; }

    public string? AccessKeyId { get; init; }

    /// <summary>
    /// Text the raw, still URL-encoded form body of a query or ec2 call must contain (ordinal), e.g.
    /// <c>RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2Finventory</c>. Only those form bodies
    /// are peeked: a rule with this set never matches a JSON, REST or S3 call.
    /// </summary>
    public string? BodyContains { get; init; }

    /// <summary>Apply to the first N matching calls only (counting calls the fault was applied to).</summary>
    public int? Times { get; init; }

    /// <summary>Chance (0..1) that a matching call gets the fault, drawn from a Random seeded with <see cref="Seed"/>.</summary>
    public double Probability { get; init; } = 1.0;

    /// <summary>Seed of this rule's Random, so a run with the same calls injects the same faults.</summary>
    public int Seed { get; init; } = 1;

    internal bool Matches(CallInfo call) =>
        (Service is null || string.Equals(Service, call.Service, StringComparison.OrdinalIgnoreCase))
        && (Region is null || Region == call.Region)
        && (AccessKeyId is null || AccessKeyId == call.AccessKeyId)
        && (BodyContains is null || (call.FormBody?.Contains(BodyContains, StringComparison.Ordinal) ?? false))
        && (Action is null || Action == call.Action || (call.IsRest && call.Action.StartsWith(Action, StringComparison.Ordinal)));
}
