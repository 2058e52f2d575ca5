using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Inventory.Aws.Endpoints;
using Inventory.Aws.Model;

namespace Inventory.Aws.Http;

/// <summary>Turns a serialized request into a SigV4-signed HttpRequestMessage (AWSSDK.Core's signer).</summary>
internal static class RequestSigner
{
    public static async Task<HttpRequestMessage> SignAsync(
        OperationModel operation, AwsHttpRequest request, AwsEndpoint endpoint, ImmutableCredentials credentials, CancellationToken cancellationToken)
    {
        var uri = Address(operation, request, endpoint.Url);
        var method = new HttpMethod(request.Method);
        var signing = new AWSSigningRequest { HttpMethod = method, RequestUri = uri };
        if (!request.Body.IsEmpty)
        {
            signing.Content = request.Body.ToArray();
        }

        foreach (var (name, value) in request.Headers)
        {
            signing.Headers[name] = value;
        }

        var signed = await AWSSigV4Signer.SignAsync(
            signing,
            new AWSSigV4Parameters
            {
                Credentials = AsCredentials(credentials),
                Region = RegionEndpoint.GetBySystemName(endpoint.SigningRegion),
                Service = endpoint.SigningName,
            },
            cancellationToken);

        var message = new HttpRequestMessage(method, uri);
        if (signing.Content is { } body)
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (name, value) in request.Headers.Concat(signed.Headers))
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private static Uri Address(OperationModel operation, AwsHttpRequest request, Uri endpoint)
    {
        var host = request.HostPrefix is { Length: > 0 } prefix && !LeavesPrefixOff(operation, endpoint) ? prefix + endpoint.Host : endpoint.Host;
        var port = endpoint.IsDefaultPort ? string.Empty : ":" + endpoint.Port;
        var basePath = endpoint.AbsolutePath.TrimEnd('/');
        var query = request.Query.Length > 0 ? "?" + request.Query : string.Empty;
        return new Uri($"{endpoint.Scheme}://{host}{port}{basePath}{request.Path}{query}");
    }

    // A RequestAddress quirk (Model/Quirks.cs): no prefixed name resolves on an IP address or localhost, as emulators are.
    private static bool LeavesPrefixOff(OperationModel operation, Uri endpoint) =>
        (endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || endpoint.IsLoopback)
        && Quirks.Applies(operation, QuirkStage.RequestAddress);

    private static AWSCredentials AsCredentials(ImmutableCredentials credentials) =>
        credentials.UseToken
            ? new SessionAWSCredentials(credentials.AccessKey, credentials.SecretKey, credentials.Token)
            : new BasicAWSCredentials(credentials.AccessKey, credentials.SecretKey);
}
