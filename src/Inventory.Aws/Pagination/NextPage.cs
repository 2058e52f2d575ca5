using Inventory.Aws.Http;

namespace Inventory.Aws.Pagination;

/// <summary>A next page to fetch, or, with an error, why paging stopped.</summary>
internal sealed record NextPage(AwsError? Error);
