namespace Inventory.Aws.Http;

/// <summary>
/// One error shape for every protocol: AWS's own code and message, the request id, the HTTP
/// status, and what kind of failure it is so callers can decide without parsing codes.
/// </summary>
public sealed record AwsError(string Code, string Message, int StatusCode, string? RequestId = null)
{
    public AwsErrorKind Kind => AwsErrorClassifier.Classify(this);

    public override string ToString() => $"{Code} ({StatusCode}): {Message}";
}
