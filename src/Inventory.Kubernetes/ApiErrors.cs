using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Inventory.Kubernetes;

/// <summary>What the package throws, as one <see cref="KubernetesApiException"/> carrying the API's Status and the call.</summary>
internal static class ApiErrors
{
    public static KubernetesApiException? Map(Exception error, string verb, string resource, CancellationToken ct) => error switch
    {
        KubernetesApiException mapped => mapped,
        HttpOperationException http => FromAnswer((int)http.Response.StatusCode, http.Response.Content, verb, resource, http),
        KubernetesException { Status: { } status } watchError => FromStatus(status, 0, verb, resource, watchError),
        OperationCanceledException when !ct.IsCancellationRequested =>
            new KubernetesApiException(0, "Timeout", "no answer in time", verb, resource, inner: error),
        HttpRequestException or IOException =>
            new KubernetesApiException(0, "Unreachable", error.Message, verb, resource, inner: error),
        _ => null,
    };

    public static KubernetesApiException FromStatus(V1Status status, int fallbackCode, string verb, string resource, Exception? inner = null)
    {
        var code = status.Code is > 0 and var c ? c : fallbackCode;
        return new KubernetesApiException(
            code, string.IsNullOrEmpty(status.Reason) ? StatusReasons.For(code) : status.Reason, status.Message, verb, resource, status, inner);
    }

    private static KubernetesApiException FromAnswer(int code, string? body, string verb, string resource, Exception inner)
    {
        V1Status? status = null;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                status = KubernetesJson.Deserialize<V1Status>(body);
            }
            catch (JsonException)
            {
                // Not a Status (a proxy's page): the HTTP status says enough.
            }
        }

        return status is { Kind: "Status" }
            ? FromStatus(status, code, verb, resource, inner)
            : new KubernetesApiException(code, StatusReasons.For(code), null, verb, resource, inner: inner);
    }
}
