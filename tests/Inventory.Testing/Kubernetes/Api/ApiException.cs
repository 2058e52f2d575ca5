using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>A request the fake answers with a Status object (<see cref="Statuses"/>).</summary>
internal sealed class ApiException : Exception
{
    public ApiException()
        : this(Statuses.Internal("unknown error"))
    {
    }

    public ApiException(string message)
        : this(Statuses.Internal(message))
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException) => Status = Statuses.Internal(message);

    public ApiException(JsonObject status)
        : base(KubeJson.String(status["message"])) => Status = status;

    public JsonObject Status { get; }

    public int Code => (int)(KubeJson.Long(Status["code"]) ?? 500);

    public string? Reason => KubeJson.String(Status["reason"]);
}
