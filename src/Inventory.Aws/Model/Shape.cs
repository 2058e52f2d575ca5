namespace Inventory.Aws.Model;

/// <summary>
/// One shape of a service model: what a value looks like on the wire and in the document model.
/// Shapes may refer to themselves (recursive structures), so references resolve lazily.
/// </summary>
public sealed class Shape
{
    public required string Name { get; init; }
    public required ShapeType Type { get; init; }

    /// <summary>Structure members in model order, keyed by member name.</summary>
    public IReadOnlyDictionary<string, Member> Members { get; init; } = new Dictionary<string, Member>();

    /// <summary>The element of a list.</summary>
    public Member? ListMember { get; init; }

    /// <summary>Key and value of a map.</summary>
    public Member? MapKey { get; init; }
    public Member? MapValue { get; init; }

    /// <summary>XML lists and maps written without a wrapper element.</summary>
    public bool Flattened { get; init; }

    /// <summary>iso8601, rfc822 or unixTimestamp; null means the protocol's default.</summary>
    public string? TimestampFormat { get; init; }

    /// <summary>The member that is the whole HTTP body (rest protocols).</summary>
    public string? Payload { get; init; }

    /// <summary>The element name of a top-level XML payload.</summary>
    public string? LocationName { get; init; }

    /// <summary>The namespace a top-level XML payload declares.</summary>
    public string? XmlNamespace { get; init; }

    /// <summary>A structure that is an error shape, with its wire code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The model marks values of this shape as secrets (passwords, MFA seeds,
    /// Lambda environment values): records write them as <c>[FILTERED]</c>.</summary>
    public bool Sensitive { get; init; }

    /// <summary>A string shape holding a timestamp that the AWS SDK for Ruby reads as a time
    /// (Lambda's <c>Timestamp</c>), so AWS Recon writes it as one.</summary>
    public bool RubyTimestamp { get; init; }

    /// <summary>Structure members the model marks as required.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>The shape is an error (the model's <c>exception</c> trait).</summary>
    public bool IsException { get; init; }

    /// <summary>An error shape's HTTP status, when the model names one.</summary>
    public int? ErrorHttpStatus { get; init; }

    /// <summary>An error shape caused by the caller (<c>senderFault</c>), when the model says.</summary>
    public bool? SenderFault { get; init; }

    /// <summary>An error shape the model marks <c>retryable</c>; null when it does not.</summary>
    public ErrorRetry? Retryable { get; init; }
}

/// <summary>The model's <c>retryable</c> trait of an error shape.</summary>
/// <param name="Throttling">The error means the caller is sending too fast.</param>
public sealed record ErrorRetry(bool Throttling);
