using System.Collections.Frozen;

namespace Inventory.Aws.Protocols;

/// <summary>
/// The one place a model's <c>metadata.protocol</c> picks its wire protocol. Protocols hold no
/// state, so each is a single shared instance.
/// </summary>
public static class ProtocolTable
{
    private static readonly FrozenDictionary<string, IAwsProtocol> Protocols = new Dictionary<string, IAwsProtocol>
    {
        ["json"] = new JsonProtocol(),
        ["query"] = new QueryProtocol(),
        ["ec2"] = new Ec2Protocol(),
        ["rest-json"] = new RestJsonProtocol(),
        ["rest-xml"] = new RestXmlProtocol(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The protocol named <paramref name="protocol"/> (json, query, ec2, rest-json or rest-xml).</summary>
    public static IAwsProtocol For(string protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return Protocols.TryGetValue(protocol, out var found)
            ? found
            : throw new NotSupportedException(
                $"The AWS protocol '{protocol}' is not supported; supported: {string.Join(", ", Protocols.Keys.Order(StringComparer.Ordinal))}.");
    }
}
