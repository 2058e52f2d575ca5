using System.Text.Json.Nodes;
using Inventory.Aws.Http;

namespace Inventory.Aws.Client;

/// <summary>One HTTP attempt's result.</summary>
/// <param name="Answered">The endpoint answered (any status); false when it refused, reset or timed out: what its breaker counts.</param>
internal readonly record struct AttemptOutcome(JsonObject? Output, AwsError? Error, TimeSpan? RetryAfter, bool Answered);
