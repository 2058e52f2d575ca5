using System.Text.Json.Nodes;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>Policy documents become objects: URL-decoded (IAM) or as they are (S3, KMS, Lambda); garbage becomes null.</summary>
public sealed class PolicyDocumentTests
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    [Fact]
    public void UrlEncodedIamDocumentsBecomeObjects()
    {
        var parsed = PolicyDocument.Parse(Uri.EscapeDataString(Trust));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Trust), parsed));
        Assert.Equal("2012-10-17", (string?)parsed!["Version"]);
    }

    [Fact]
    public void PlainJsonDocumentsBecomeObjects()
    {
        var parsed = PolicyDocument.Parse(Trust);

        Assert.IsType<JsonObject>(parsed);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Trust), parsed));
    }

    [Fact]
    public void PlusIsASpaceInTheEncodedForm()
    {
        // IAM's form encoding: a space may come as '+', a real plus as %2B.
        var parsed = PolicyDocument.Parse("%7B%22Sid%22%3A%22read+only%22%2C%22Note%22%3A%22a%2Bb%22%7D");

        Assert.Equal("read only", (string?)parsed!["Sid"]);
        Assert.Equal("a+b", (string?)parsed["Note"]);
    }

    [Fact]
    public void PlainJsonIsNotUrlDecoded()
    {
        var parsed = PolicyDocument.Parse("""{"Sid":"Read+list 100%"}""");

        Assert.Equal("Read+list 100%", (string?)parsed!["Sid"]);
    }

    [Theory]
    [InlineData("not a policy")]
    [InlineData("%7B%22Version%22")]
    [InlineData("{\"Version\":")]
    [InlineData("%ZZ%7B")]
    [InlineData("")]
    public void WhatDoesNotParseBecomesNull(string garbage) => Assert.Null(PolicyDocument.Parse(garbage));

    [Fact]
    public void ValuesThatAreNotStringsAreKept()
    {
        Assert.Null(PolicyDocument.Parse(null));
        var already = new JsonObject { ["Version"] = "2012-10-17" };
        var parsed = PolicyDocument.Parse(already);
        Assert.True(JsonNode.DeepEquals(already, parsed));
        Assert.NotSame(already, parsed);
    }

    [Fact]
    public void ParseAtATopLevelMember()
    {
        var role = new JsonObject { ["RoleName"] = "r", ["AssumeRolePolicyDocument"] = Uri.EscapeDataString(Trust) };

        PolicyDocument.ParseAt(role, "AssumeRolePolicyDocument");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Trust), role["AssumeRolePolicyDocument"]));
        Assert.Equal("r", (string?)role["RoleName"]);
    }

    [Fact]
    public void ParseAtEveryElementOfAList()
    {
        var role = new JsonObject
        {
            ["RolePolicyList"] = new JsonArray(
                new JsonObject { ["PolicyName"] = "a", ["PolicyDocument"] = Uri.EscapeDataString("""{"Statement":[]}""") },
                new JsonObject { ["PolicyName"] = "b", ["PolicyDocument"] = "%7B%22Version%22%3A%222012-10-17%22%7D" }),
        };

        PolicyDocument.ParseAt(role, "RolePolicyList[].PolicyDocument");

        var list = role["RolePolicyList"]!.AsArray();
        Assert.IsType<JsonArray>(list[0]!["PolicyDocument"]!["Statement"]);
        Assert.Equal("2012-10-17", (string?)list[1]!["PolicyDocument"]!["Version"]);
        Assert.Equal("a", (string?)list[0]!["PolicyName"]);
    }

    [Fact]
    public void ParseAtNestedLists()
    {
        var role = new JsonObject
        {
            ["InstanceProfileList"] = new JsonArray(new JsonObject
            {
                ["Roles"] = new JsonArray(
                    new JsonObject { ["AssumeRolePolicyDocument"] = Uri.EscapeDataString(Trust) },
                    new JsonObject { ["AssumeRolePolicyDocument"] = "garbage" }),
            }),
        };

        PolicyDocument.ParseAt(role, "InstanceProfileList[].Roles[].AssumeRolePolicyDocument");

        var roles = role["InstanceProfileList"]![0]!["Roles"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Trust), roles[0]!["AssumeRolePolicyDocument"]));
        Assert.True(roles[1]!.AsObject().ContainsKey("AssumeRolePolicyDocument"));
        Assert.Null(roles[1]!["AssumeRolePolicyDocument"]);
    }

    [Fact]
    public void ParseAtEveryValueOfAMap()
    {
        var answer = new JsonObject { ["Policies"] = new JsonObject { ["read"] = Trust, ["broken"] = "garbage" } };

        PolicyDocument.ParseAt(answer, "Policies.*");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Trust), answer["Policies"]!["read"]));
        Assert.True(answer["Policies"]!.AsObject().ContainsKey("broken"));
        Assert.Null(answer["Policies"]!["broken"]);
    }

    [Fact]
    public void ParseAtAMissingPathChangesNothing()
    {
        var user = new JsonObject { ["UserName"] = "u" };

        PolicyDocument.ParseAt(user, "UserPolicyList[].PolicyDocument");
        PolicyDocument.ParseAt(null, "UserPolicyList[].PolicyDocument");

        Assert.Equal("""{"UserName":"u"}""", user.ToJsonString());
    }
}
