using System.Text.Json.Nodes;

namespace Inventory.Collection.Catalog;

/// <summary>One API call of the catalog: a listing, or a follow-up made for each item.</summary>
public abstract record CatalogCall
{
    /// <summary>The operation, as the API model names it.</summary>
    public required string Operation { get; init; }

    /// <summary>Input with model member names; string values may be templates (<c>{FunctionName}</c>).</summary>
    public JsonObject Input { get; init; } = [];

    /// <summary>Where the items are in each page: a dotted path, <c>[]</c> flattens a list
    /// (<c>Reservations[].Instances[]</c>). Null means the operation's paginator result keys.</summary>
    public string? Items { get; init; }

    /// <summary>A region template for the call (<c>{@location}</c>); null means the work item's region.</summary>
    public string? Region { get; init; }

    /// <summary>Error codes that mean "there is none" (NoSuchBucketPolicy): no error is recorded.</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];
}
