namespace Inventory.Aws.Model;

/// <summary>
/// How an operation pages, as the service's paginator data says: input tokens are set from the
/// output tokens at the same position; paths are dotted (<c>DistributionList.NextMarker</c>).
/// </summary>
public sealed record PaginatorModel(
    IReadOnlyList<string> InputTokens,
    IReadOnlyList<string> OutputTokens,
    IReadOnlyList<string> ResultKeys,
    string? LimitKey,
    string? MoreResults);
