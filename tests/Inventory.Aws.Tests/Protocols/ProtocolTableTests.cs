using Inventory.Aws.Model;
using Inventory.Aws.Protocols;

namespace Inventory.Aws.Tests.Protocols;

public sealed class ProtocolTableTests
{
    [Theory]
    [InlineData("json", typeof(JsonProtocol))]
    [InlineData("query", typeof(QueryProtocol))]
    [InlineData("ec2", typeof(Ec2Protocol))]
    [InlineData("rest-json", typeof(RestJsonProtocol))]
    [InlineData("rest-xml", typeof(RestXmlProtocol))]
    public void EachProtocolNameHasOneSharedInstance(string name, Type type)
    {
        var protocol = ProtocolTable.For(name);
        Assert.IsType(type, protocol);
        Assert.Same(protocol, ProtocolTable.For(name));
    }

    [Fact]
    public void AnUnknownProtocolIsNamedInTheError()
    {
        var error = Assert.Throws<NotSupportedException>(() => ProtocolTable.For("smithy-rpc-v2-cbor"));
        Assert.Contains("'smithy-rpc-v2-cbor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEmbeddedModelHasAProtocol()
    {
        foreach (var name in ServiceModels.Names)
        {
            Assert.NotNull(ProtocolTable.For(ServiceModels.Get(name).Protocol));
        }
    }
}
