using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.Util.Internal;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;

namespace Inventory.Aws.Credentials;

/// <summary>
/// Credentials of a role assumed with any source credentials, through the regional STS endpoint,
/// renewed 5 minutes before they expire so work that outlives one session keeps going.
/// </summary>
public sealed class AssumeRoleCredentials : RefreshingAWSCredentials
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private readonly AmazonSecurityTokenServiceClient _sts;
    private readonly ITimeProvider _clock;
    private readonly AwsClientOptions _limits;

    /// <param name="source">Signs the AssumeRole calls; may itself be an assumed role (a chain).</param>
    /// <param name="hop">The role to assume.</param>
    /// <param name="region">Whose regional STS endpoint to call (AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL win).</param>
    /// <param name="endpoints">Endpoint resolution; the process environment when null.</param>
    /// <param name="limits">Timeouts and retries of the STS client, and the scope its calls are listed under while they wait.</param>
    public AssumeRoleCredentials(AWSCredentials source, RoleHop hop, string region, AwsEndpointResolver? endpoints = null, AwsClientOptions? limits = null)
        : this(source, hop, StsEndpoints.Resolve(region, endpoints), DefaultTimeProvider.Instance, limits)
    {
    }

    internal AssumeRoleCredentials(AWSCredentials source, RoleHop hop, AwsEndpoint sts, ITimeProvider clock, AwsClientOptions? limits = null)
        : base(clock)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(hop);
        Hop = hop;
        Endpoint = sts;
        _clock = clock;
        _limits = limits ?? new AwsClientOptions();
        // One client per credentials object: it signs with the source and is reused by every refresh.
        _sts = new AmazonSecurityTokenServiceClient(source, SdkClientLimits.Apply(StsEndpoints.Config(sts), _limits));
        PreemptExpiryTime = RefreshAhead;
    }

    public RoleHop Hop { get; }

    /// <summary>The STS endpoint this object calls.</summary>
    public AwsEndpoint Endpoint { get; }

    protected override CredentialsRefreshState GenerateNewCredentials() =>
        // The STS client is async-only; the SDK calls this only from synchronous GetCredentials().
        Task.Run(GenerateNewCredentialsAsync).GetAwaiter().GetResult();

    protected override async Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        var request = new AssumeRoleRequest
        {
            RoleArn = Hop.RoleArn,
            RoleSessionName = Hop.SessionName,
            ExternalId = Hop.ExternalId,
            DurationSeconds = (int)Hop.Duration.TotalSeconds,
        };

        AssumeRoleResponse response;
        try
        {
            using var waiting = _limits.InFlight.Track(_limits.Scope, "sts", "AssumeRole", Endpoint.SigningRegion, _limits.Time);
            response = await _sts.AssumeRoleAsync(request);
        }
        catch (AmazonServiceException e) when (e.StatusCode != 0 || e.InnerException is null)
        {
            throw new RoleAssumptionException(Hop.RoleArn, e.ErrorCode ?? e.StatusCode.ToString(), e.Message, e);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException or HttpRequestException or IOException or AmazonClientException)
        {
            // No answer at all (the SDK's request timeout, a refused or reset connection), after its retries.
            var (code, message) = Unanswered(e);
            throw new RoleAssumptionException(Hop.RoleArn, code, $"{message} ({Endpoint.Url.GetLeftPart(UriPartial.Authority)})", e);
        }

        var issued = response.Credentials;
        var account = AccountOf(response.AssumedRoleUser?.Arn);
        var credentials = new ImmutableCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken, account);
        var expires = issued.Expiration?.ToUniversalTime() ?? _clock.CorrectedUtcNow + Hop.Duration;
        return new CredentialsRefreshState(credentials, expires, _clock);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sts.Dispose();
        }

        base.Dispose(disposing);
    }

    // The SDK's own words for "no answer", as one code and one line.
    private (string Code, string Message) Unanswered(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is OperationCanceledException or TimeoutException)
            {
                return ("RequestTimeout", $"No answer within {_limits.AttemptTimeout.TotalSeconds:0.#} s per attempt, {_limits.MaxTransientAttempts} attempts");
            }

            if (inner is HttpRequestException or System.Net.Sockets.SocketException)
            {
                return ("ConnectionError", inner.Message);
            }
        }

        return ("ConnectionError", e.Message);
    }

    // arn:aws:sts::123456789012:assumed-role/name/session → 123456789012
    private static string? AccountOf(string? arn) =>
        arn?.Split(':') is { Length: > 4 } parts && parts[4].Length == 12 ? parts[4] : null;
}
