namespace Inventory.Aws.Model;

/// <summary>
/// How an operation pages, as the service's paginator data says: input tokens are set from the
/// output tokens at the same position; tokens and result keys are paths (<see cref="Paths.DataPath"/>:
/// <c>DistributionList.NextMarker</c>, <c>NextMarker || Contents[-1].Key</c>).
/// </summary>
public sealed record PaginatorModel(
    IReadOnlyList<string> InputTokens,
    IReadOnlyList<string> OutputTokens,
    IReadOnlyList<string> ResultKeys,
    string? LimitKey,
    string? MoreResults);
