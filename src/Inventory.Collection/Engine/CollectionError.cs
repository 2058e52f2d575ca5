namespace Inventory.Collection.Engine;

/// <summary>A call that failed for good, with AWS's own code and message.</summary>
public sealed record CollectionError(string Region, string Service, string Operation, string Code, string Message);
