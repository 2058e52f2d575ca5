namespace Inventory.Testing.Aws;

/// <summary>What a <see cref="Fault"/> does to a matching call.</summary>
public enum FaultKind
{
    /// <summary>Wait, then forward the call normally.</summary>
    Latency,

    /// <summary>Answer with the service's throttling error.</summary>
    Throttle,

    /// <summary>Answer with a 5xx error in the service's error shape.</summary>
    ServerError,

    /// <summary>Abort the connection without an answer.</summary>
    ConnectionReset,

    /// <summary>Answer with the service's expired-token error.</summary>
    ExpiredToken,

    /// <summary>Answer with a given status, error code and message in the service's error shape.</summary>
    Error,

    /// <summary>Accept the call and never answer: the client's own deadline must end it.</summary>
    Hang,

    /// <summary>Answer with a given body: a canned answer for an operation the emulator lacks.</summary>
    Answer,
}
