namespace Inventory.Collection.Engine;

/// <summary>Who the inventory is for and how it is collected.</summary>
public sealed record CollectionOptions
{
    public required string Account { get; init; }

    /// <summary>aws, aws-cn or aws-us-gov: ARN templates use it.</summary>
    public string Partition { get; init; } = "aws";

    /// <summary>Items whose follow-ups run at once within one page (the client bounds calls overall).</summary>
    public int ItemConcurrency { get; init; } = 8;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
