using k8s.Models;

namespace Inventory.Kubernetes;

/// <summary>
/// The API refused a call, a watch ended with an ERROR event, or no answer came after every retry.
/// Reason and StatusMessage are the API's own Status (AlreadyExists, NotFound, Forbidden, Expired, …);
/// Verb and Resource say which call, so one line tells an operator what RBAC is missing.
/// </summary>
public sealed class KubernetesApiException : Exception
{
    public KubernetesApiException()
        : this("Unknown")
    {
    }

    public KubernetesApiException(string message)
        : base(message)
    {
        Reason = "Unknown";
        StatusMessage = message;
    }

    public KubernetesApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = "Unknown";
        StatusMessage = message;
    }

    public KubernetesApiException(int statusCode, string reason, string? statusMessage, string? verb = null, string? resource = null, V1Status? status = null, Exception? inner = null)
        : base(Describe(statusCode, reason, statusMessage, verb, resource), inner)
    {
        StatusCode = statusCode;
        Reason = reason;
        StatusMessage = statusMessage;
        Verb = verb;
        Resource = resource;
        Status = status;
    }

    /// <summary>The HTTP status (or the ERROR event's Status code), e.g. 409; 0 when no answer came (Reason Timeout or Unreachable).</summary>
    public int StatusCode { get; }

    /// <summary>The Status reason, e.g. AlreadyExists; derived from the HTTP status when the body had none.</summary>
    public string Reason { get; }

    /// <summary>The Status message as the API wrote it, e.g. jobs.batch "x" already exists.</summary>
    public string? StatusMessage { get; }

    /// <summary>The API verb of the call: create, get, list, watch, delete.</summary>
    public string? Verb { get; }

    /// <summary>The resource and where, e.g. jobs.batch in namespace inventory.</summary>
    public string? Resource { get; }

    /// <summary>The whole Status body, when there was one (details.causes lists invalid fields).</summary>
    public V1Status? Status { get; }

    /// <summary>The resourceVersion asked for is gone from the server's history: list again, then watch.</summary>
    public bool IsExpired => StatusCode == 410 || Reason is "Expired" or "Gone";

    /// <summary>Missing RBAC (403) or credentials the server does not take (401): no retry fixes it.</summary>
    public bool IsDenied => StatusCode is 401 or 403;

    private static string Describe(int statusCode, string reason, string? statusMessage, string? verb, string? resource) =>
        (verb is null ? string.Empty : $"{verb} {resource}: ")
        + $"{statusCode} {reason}"
        + (string.IsNullOrEmpty(statusMessage) ? string.Empty : ": " + statusMessage);
}
