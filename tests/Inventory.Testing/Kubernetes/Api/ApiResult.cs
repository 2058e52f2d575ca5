namespace Inventory.Testing.Kubernetes;

/// <summary>A complete answer: status code, body and its content type.</summary>
internal sealed record ApiResult(int Status, string Body, string ContentType = "application/json")
{
    public static ApiResult Ok(string json) => new(200, json);
}
