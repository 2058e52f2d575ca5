namespace Inventory.Aws.Model;

/// <summary>A named reference to a shape, with where it travels on the wire.</summary>
public sealed class Member
{
    private readonly Lazy<Shape> _shape;

    public Member(string name, Func<Shape> shape)
    {
        Name = name;
        _shape = new Lazy<Shape>(shape, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    public Shape Shape => _shape.Value;

    /// <summary>uri, querystring, header, headers or statusCode; null for the body.</summary>
    public string? Location { get; init; }

    /// <summary>The wire name when it differs from <see cref="Name"/>.</summary>
    public string? LocationName { get; init; }

    /// <summary>The EC2 protocol's request name.</summary>
    public string? QueryName { get; init; }

    public bool Flattened { get; init; }

    public bool XmlAttribute { get; init; }

    /// <summary>The namespace of a rest-xml payload member's element.</summary>
    public string? XmlNamespace { get; init; }

    public string? TimestampFormat { get; init; }

    /// <summary>The member's name on the wire.</summary>
    public string WireName => LocationName ?? Name;
}
