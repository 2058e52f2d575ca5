namespace Inventory.Collection.Catalog;

/// <summary>A follow-up call per item whose answer is added to the item's record under <see cref="Key"/>.</summary>
public sealed record CatalogDetail : CatalogCall
{
    /// <summary>The snake_case key the answer is written under.</summary>
    public required string Key { get; init; }

    /// <summary>The part of the answer to keep (a dotted path); null keeps the whole output,
    /// or the items when <see cref="CatalogCall.Items"/> is set (a list).</summary>
    public string? Select { get; init; }

    /// <summary>The selected value is a policy document (URL-encoded JSON) to write as an object.</summary>
    public bool Policy { get; init; }

    /// <summary>Fields of the selected value holding policy documents, written as objects.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>Merge the selected object's members into the record instead of adding <see cref="Key"/>
    /// (SQS and SNS records are their attribute maps).</summary>
    public bool Merge { get; init; }

    /// <summary>With <see cref="Merge"/>: the merged object replaces the listed item's own members
    /// (a KMS record is DescribeKey's KeyMetadata, not ListKeys' entry).</summary>
    public bool Replace { get; init; }

    /// <summary>Keys of the merged object written under another name (SNS's <c>Policy</c> as
    /// <c>policy</c>); null when the answer has none.</summary>
    public IReadOnlyDictionary<string, string> Rename { get; init; } = new Dictionary<string, string>();

    /// <summary>What to write when the answer has no selected part (AWS Recon's <c>{}</c> for the
    /// hash of nothing); null leaves it null.</summary>
    public System.Text.Json.Nodes.JsonNode? Missing { get; init; }

    /// <summary>A named transform of the selected value, from <see cref="Transforms"/>.</summary>
    public string? Transform { get; init; }

    /// <summary>Follow-ups per item of this call's items.</summary>
    public IReadOnlyList<CatalogDetail> Details { get; init; } = [];
}
