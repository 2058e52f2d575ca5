namespace Inventory.Testing.Aws;

/// <summary>The error an injected fault answers with, in the terms of the call's protocol.</summary>
internal sealed record InjectedError(int Status, string Code, string Message, bool SenderFault)
{
    private const string ExpiredMessage = "The security token included in the request is expired";

    public static InjectedError For(Fault fault, WireProtocol protocol) => fault.Kind switch
    {
        FaultKind.Throttle => Throttle(protocol, fault.Code),
        FaultKind.ServerError => ServerError(protocol, fault.StatusCode, fault.Code),
        FaultKind.ExpiredToken => Expired(protocol, fault.Code),
        FaultKind.Error => new(fault.StatusCode, fault.Code!, fault.Message!, fault.StatusCode < 500),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "This fault is not answered with an error."),
    };

    private static InjectedError Throttle(WireProtocol protocol, string? code) => protocol switch
    {
        WireProtocol.Json => new(400, code ?? "ThrottlingException", "Rate exceeded", true),
        WireProtocol.Ec2 => new(503, code ?? "RequestLimitExceeded", "Request limit exceeded.", true),
        WireProtocol.S3 => new(503, code ?? "SlowDown", "Please reduce your request rate.", true),
        WireProtocol.RestJson => new(429, code ?? "TooManyRequestsException", "Rate exceeded", true),
        _ => new(400, code ?? "Throttling", "Rate exceeded", true),
    };

    private static InjectedError ServerError(WireProtocol protocol, int status, string? code)
    {
        var defaultCode = status == 503 ? "ServiceUnavailable"
            : protocol is WireProtocol.S3 or WireProtocol.Ec2 ? "InternalError"
            : "InternalFailure";
        var message = status == 503 ? "Service is unavailable. Please try again." : "We encountered an internal error. Please try again.";
        return new(status, code ?? defaultCode, message, false);
    }

    private static InjectedError Expired(WireProtocol protocol, string? code) => protocol switch
    {
        WireProtocol.Json => new(400, code ?? "ExpiredTokenException", ExpiredMessage, true),
        WireProtocol.RestJson => new(403, code ?? "ExpiredTokenException", ExpiredMessage, true),
        WireProtocol.Ec2 => new(400, code ?? "RequestExpired", "Request has expired.", true),
        WireProtocol.S3 or WireProtocol.RestXml => new(403, code ?? "ExpiredToken", ExpiredMessage, true),
        _ => new(400, code ?? "ExpiredToken", ExpiredMessage, true),
    };
}
