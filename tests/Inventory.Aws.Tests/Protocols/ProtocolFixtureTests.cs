using System.Text;
using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Protocols;

namespace Inventory.Aws.Tests.Protocols;

/// <summary>Runs every protocol fixture case through the protocol its file is named after.</summary>
public sealed class ProtocolFixtureTests
{
    public static TheoryData<string> InputCases => ProtocolFixtures.Ids("input");
    public static TheoryData<string> OutputCases => ProtocolFixtures.Ids("output");
    public static TheoryData<string> ErrorCases => ProtocolFixtures.Ids("errors");

    [Theory]
    [MemberData(nameof(InputCases))]
    public void SerializesTheRequest(string id)
    {
        var fixture = ProtocolFixtures.Get(id);
        var protocol = ProtocolFor(fixture);
        var input = fixture.Definition["params"]!.AsObject();

        if (fixture.Definition["throws"] is { } throws)
        {
            var error = Assert.ThrowsAny<ArgumentException>(() => protocol.Serialize(fixture.Operation, input));
            Assert.Contains((string)throws!, error.Message, StringComparison.Ordinal);
            return;
        }

        var request = protocol.Serialize(fixture.Operation, input);
        var expected = fixture.Definition["request"]!.AsObject();
        Assert.Equal((string)expected["method"]!, request.Method);
        Assert.Equal((string)expected["path"]!, request.Path);
        Assert.Equal((string)expected["query"]!, request.Query);
        foreach (var (name, value) in expected["headers"]!.AsObject())
        {
            Assert.True(request.Headers.TryGetValue(name, out var actual), $"The request has no {name} header.");
            Assert.Equal((string)value!, actual);
        }

        foreach (var name in expected["absentHeaders"]?.AsArray() ?? [])
        {
            Assert.False(request.Headers.ContainsKey((string)name!), $"The request has a {name} header.");
        }

        var body = Encoding.UTF8.GetString(request.Body.Span);
        if (expected["jsonBody"] is { } jsonBody)
        {
            Assert.True(JsonNode.DeepEquals(jsonBody, JsonNode.Parse(body)), $"Body {body} is not {jsonBody.ToJsonString()}.");
        }
        else
        {
            Assert.Equal((string)expected["body"]!, body);
        }
    }

    [Theory]
    [MemberData(nameof(OutputCases))]
    public async Task ParsesTheResponse(string id)
    {
        var fixture = ProtocolFixtures.Get(id);
        var document = await ProtocolFor(fixture).ParseAsync(fixture.Operation, Response(fixture), TestContext.Current.CancellationToken);
        DocumentAssert.Equal(fixture.Definition["result"], document);
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task ParsesTheError(string id)
    {
        var fixture = ProtocolFixtures.Get(id);
        var error = await ProtocolFor(fixture).ParseErrorAsync(Response(fixture), TestContext.Current.CancellationToken);
        var expected = fixture.Definition["error"]!.AsObject();
        Assert.Equal(
            new AwsError((string)expected["code"]!, (string)expected["message"]!, (int)expected["statusCode"]!, (string?)expected["requestId"]),
            error);
    }

    private static IAwsProtocol ProtocolFor(FixtureCase fixture)
    {
        // The file's name is the protocol; a case filed under the wrong one is a fixture bug.
        Assert.Equal(fixture.Protocol, fixture.Model.Protocol);
        return ProtocolTable.For(fixture.Protocol);
    }

    private static AwsHttpResponse Response(FixtureCase fixture)
    {
        var response = fixture.Definition["response"]!.AsObject();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response["headers"]!.AsObject())
        {
            headers[name] = (string)value!;
        }

        var body = Encoding.UTF8.GetBytes((string)response["body"]!);
        return new AwsHttpResponse((int)response["status"]!, headers, new TrickleStream(body));
    }
}
