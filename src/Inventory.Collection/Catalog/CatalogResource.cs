namespace Inventory.Collection.Catalog;

/// <summary>A listing whose items become records of one asset type.</summary>
public sealed record CatalogResource : CatalogCall
{
    /// <summary>AWS Recon's asset type (<c>type</c> / <c>asset_type</c>).</summary>
    public required string AssetType { get; init; }

    /// <summary>Run the listing once per item of another call; its templates see that item as <c>{^^.Field}</c>.</summary>
    public CatalogEach? Each { get; init; }

    /// <summary>Run the listing once per input (ServiceQuotas per service code); replaces <c>input</c>.</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> Inputs { get; init; } = [];

    /// <summary>The record's <c>arn</c> (and <c>name</c>): a template over the item
    /// (<c>arn:{partition}:ec2:{region}:{account}:vpc/{VpcId}</c>, or just <c>{FunctionArn}</c>);
    /// evaluated after the follow-ups, so <c>{@attributes.QueueArn}</c> works.</summary>
    public required string Arn { get; init; }

    /// <summary>Keys added to the record: a template, <c>^.Field</c> from the enclosing element, or <c>=text</c>.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>Every member of the item's shape is written, null when the answer has none (AWS Recon
    /// builds these records from the SDK's struct, not its <c>to_h</c>: S3 buckets' <c>bucket_region</c>, Lambda functions).</summary>
    public bool AllMembers { get; init; }

    /// <summary>Keys of the item's data written under another name (EC2's <c>account_attributes</c>
    /// as AWS Recon's <c>attributes</c>).</summary>
    public IReadOnlyDictionary<string, string> Rename { get; init; } = new Dictionary<string, string>();

    /// <summary>Item fields holding policy documents (URL-encoded JSON), written as objects.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>Follow-up calls per item, in order; each adds one key.</summary>
    public IReadOnlyList<CatalogDetail> Details { get; init; } = [];

    /// <summary>A call repeated until the listing is ready (GenerateCredentialReport), made first.</summary>
    public CatalogPoll? Poll { get; init; }

    /// <summary>Record keys written as <c>{}</c> when absent: AWS Recon sets them with Ruby's
    /// <c>to_h</c> of a member, and <c>nil.to_h</c> is <c>{}</c> (Lambda's <c>vpc_config</c>).</summary>
    public IReadOnlyList<string> Empty { get; init; } = [];
}
