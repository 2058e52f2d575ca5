namespace Inventory.Testing.Aws;

/// <summary>A fault the <see cref="FaultProxy"/> injects; build one with the static methods.</summary>
public sealed record Fault
{
    private Fault(FaultKind kind) => Kind = kind;

    public FaultKind Kind { get; }

    /// <summary>For <see cref="FaultKind.Latency"/>: how long to wait before forwarding.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Error code instead of the protocol's default (e.g. ThrottlingException, SlowDown).</summary>
    public string? Code { get; private init; }

    /// <summary>For <see cref="FaultKind.ServerError"/> and <see cref="FaultKind.Error"/>: the HTTP status.</summary>
    public int StatusCode { get; private init; }

    /// <summary>For <see cref="FaultKind.Error"/>: the error message.</summary>
    public string? Message { get; private init; }

    /// <summary>For <see cref="FaultKind.Answer"/>: the body and its content type.</summary>
    public string? Body { get; private init; }

    public string? ContentType { get; private init; }

    /// <summary>When set, the answer carries Retry-After (whole seconds, rounded up).</summary>
    public TimeSpan? RetryAfter { get; private init; }

    public static Fault Latency(TimeSpan delay) => new(FaultKind.Latency) { Delay = delay };

    /// <summary>
    /// The service's own throttling error: json ThrottlingException 400, ec2 RequestLimitExceeded 503,
    /// query Throttling 400, s3 SlowDown 503, route53/cloudfront Throttling 400, rest-json TooManyRequestsException 429.
    /// </summary>
    public static Fault Throttle(string? code = null, TimeSpan? retryAfter = null) =>
        new(FaultKind.Throttle) { Code = code, RetryAfter = retryAfter };

    /// <summary>A 5xx (500 InternalFailure/InternalError, 503 ServiceUnavailable) in the service's error shape.</summary>
    public static Fault ServerError(int statusCode = 500, TimeSpan? retryAfter = null) =>
        statusCode is >= 500 and <= 599
            ? new(FaultKind.ServerError) { StatusCode = statusCode, RetryAfter = retryAfter }
            : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A server error is 5xx.");

    /// <summary>A successful answer with <paramref name="body"/> (shaped like the operation's output), not forwarded upstream.</summary>
    public static Fault Answer(string body, string contentType = "application/json") =>
        new(FaultKind.Answer) { StatusCode = 200, Body = body, ContentType = contentType };

    /// <summary>An endpoint that accepts the connection and the request and never answers, until the client gives up.</summary>
    public static Fault Hang() => new(FaultKind.Hang);

    public static Fault ConnectionReset() => new(FaultKind.ConnectionReset);

    /// <summary>ExpiredTokenException (json, rest-json), ExpiredToken (query, rest-xml), RequestExpired (ec2).</summary>
    public static Fault ExpiredToken() => new(FaultKind.ExpiredToken);

    /// <summary>
    /// Any error AWS might answer, e.g. <c>Error(403, "AccessDenied", "User: … is not authorized to perform: sts:AssumeRole …")</c>,
    /// in the service's error shape (query: Type Sender for 4xx, Receiver for 5xx).
    /// </summary>
    public static Fault Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(message);
        return new(FaultKind.Error) { StatusCode = statusCode, Code = code, Message = message };
    }
}
