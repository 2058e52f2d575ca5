using Inventory.Aws.Http;

namespace Inventory.Aws.Client;

/// <param name="Action">Give up, retry after <paramref name="Delay"/>, or refresh the credentials and retry.</param>
/// <param name="Kind">The error's kind as the policy read it (the model's traits included).</param>
/// <param name="QuotaExhausted">Given up only because the client's retry quota is spent.</param>
internal readonly record struct RetryDecision(RetryAction Action, AwsErrorKind Kind, TimeSpan Delay = default, bool QuotaExhausted = false);
