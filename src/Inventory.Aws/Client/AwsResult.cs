using System.Text.Json.Nodes;
using Inventory.Aws.Http;

namespace Inventory.Aws.Client;

/// <summary>
/// The outcome of one call after retries: the output document, or AWS's error, which the
/// caller records. Permanent errors are values here, not exceptions, so nothing is swallowed.
/// </summary>
public sealed record AwsResult
{
    private AwsResult(JsonObject? output, AwsError? error, int attempts)
    {
        Output = output;
        Error = error;
        Attempts = attempts;
    }

    public JsonObject? Output { get; }
    public AwsError? Error { get; }

    /// <summary>How many HTTP attempts the call took.</summary>
    public int Attempts { get; }

    public bool Succeeded => Error is null;

    public static AwsResult Success(JsonObject output, int attempts) => new(output, null, attempts);

    public static AwsResult Failure(AwsError error, int attempts) => new(null, error, attempts);

    /// <summary>The output, or an <see cref="AwsException"/> carrying the error.</summary>
    public JsonObject GetOutputOrThrow(string operation) =>
        Output ?? throw new AwsException(operation, Error!);
}
