namespace Inventory.Kubernetes;

/// <summary>One call to the API, before auth and retries: method, path and query, an optional JSON body.</summary>
/// <param name="RetryServerErrors">
/// Whether a 5xx or a lost connection may be retried: reads and deletes may, and so may a create with a
/// fixed name (a repeat answers 409 AlreadyExists), but not a generateName create (it would make two).
/// 429 is always retried: the server refused the call before acting on it.
/// </param>
internal sealed record ApiRequest(HttpMethod Method, string PathAndQuery, Func<HttpContent>? Body = null, bool RetryServerErrors = true)
{
    public override string ToString() => $"{Method} {PathAndQuery}";
}
