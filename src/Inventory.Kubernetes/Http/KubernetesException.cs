namespace Inventory.Kubernetes;

/// <summary>
/// The API refused a call, a watch ended with an ERROR event, or no answer came after every retry.
/// Reason and StatusMessage are the API's own Status (AlreadyExists, NotFound, Invalid, Conflict,
/// Expired, …); Message says which call.
/// </summary>
public sealed class KubernetesException : Exception
{
    public KubernetesException()
        : this(0, "Unknown", null, null)
    {
    }

    public KubernetesException(string message)
        : this(0, "Unknown", message, null)
    {
    }

    public KubernetesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = "Unknown";
        StatusMessage = message;
    }

    public KubernetesException(int statusCode, string reason, string? statusMessage, string? call, Status? status = null, Exception? inner = null)
        : base($"{(call is null ? string.Empty : call + ": ")}{statusCode} {reason}{(string.IsNullOrEmpty(statusMessage) ? string.Empty : ": " + statusMessage)}", inner)
    {
        StatusCode = statusCode;
        Reason = reason;
        StatusMessage = statusMessage;
        Status = status;
    }

    /// <summary>The HTTP status (or the ERROR event's Status code), e.g. 409; 0 when no answer came (Reason Timeout, Unreachable or TlsFailed).</summary>
    public int StatusCode { get; }

    /// <summary>The Status reason, e.g. AlreadyExists; derived from the HTTP status when the body had none.</summary>
    public string Reason { get; }

    /// <summary>The Status message as the API wrote it, e.g. jobs.batch "x" already exists.</summary>
    public string? StatusMessage { get; }

    /// <summary>The whole Status body, when there was one (details.causes lists invalid fields).</summary>
    public Status? Status { get; }

    /// <summary>The resourceVersion asked for is gone from the server's history: list again, then watch.</summary>
    public bool IsExpired => StatusCode == 410 || Reason is "Expired" or "Gone";

    public static KubernetesException FromStatus(Status status, int fallbackCode, string? call) =>
        new(status.Code is > 0 and var code ? code : fallbackCode,
            string.IsNullOrEmpty(status.Reason) ? StatusReasons.For(fallbackCode) : status.Reason,
            status.Message,
            call,
            status);
}
