namespace Inventory.Collection.Catalog;

/// <summary>
/// A call repeated before a listing until its answer says the listing is ready (IAM's
/// GenerateCredentialReport until <c>State</c> is <c>COMPLETE</c>), bounded: at most
/// <see cref="MaxAttempts"/> calls, <see cref="IntervalSeconds"/> apart. When it never gets
/// there, that is recorded as the call's error and the listing is still made.
/// </summary>
public sealed record CatalogPoll : CatalogCall
{
    /// <summary>Answer fields (model member names) and the values that mean ready.</summary>
    public required IReadOnlyDictionary<string, string> Until { get; init; }

    public int IntervalSeconds { get; init; } = 5;

    public int MaxAttempts { get; init; } = 12;
}
