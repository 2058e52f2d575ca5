using Inventory.Aws.Http;

namespace Inventory.Aws.Client;

/// <summary>An AWS error where the caller cannot go on without the call (e.g. listing accounts).</summary>
public sealed class AwsException(string operation, AwsError error)
    : Exception($"{operation} failed: {error.Code}: {error.Message}")
{
    public string Operation { get; } = operation;
    public AwsError Error { get; } = error;
}
