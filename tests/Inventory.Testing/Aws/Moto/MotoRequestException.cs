namespace Inventory.Testing.Aws;

/// <summary>A raw request to moto answered with an error status.</summary>
public sealed class MotoRequestException : Exception
{
    public MotoRequestException()
    {
    }

    public MotoRequestException(string message)
        : base(message)
    {
    }

    public MotoRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MotoRequestException(string service, string action, int statusCode, string body)
        : base($"{service} {action} answered {statusCode}: {body}")
    {
        Service = service;
        Action = action;
        StatusCode = statusCode;
        Body = body;
    }

    public string Service { get; } = "";

    public string Action { get; } = "";

    public int StatusCode { get; }

    public string Body { get; } = "";
}
