using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>Values of shapes the API model marks sensitive become [FILTERED]; keys stay.</summary>
public sealed class SensitiveValuesTests
{
    [Fact]
    public void LambdaEnvironmentKeepsTheVariableNamesAndHidesTheirValues()
    {
        var function = JsonNode.Parse("""
            {"FunctionName":"fn","Environment":{"Variables":{"DB_PASSWORD":"hunter2","MODE":"prod"},"Error":{"ErrorCode":"E","Message":"m"}}}
            """)!;

        var data = RecordData.From(function, Item("lambda", "ListFunctions", "Functions"), numericZone: true)!;

        Assert.Equal("""
            {"function_name":"fn","environment":{"variables":{"DB_PASSWORD":"[FILTERED]","MODE":"[FILTERED]"},"error":{"error_code":"E","message":"[FILTERED]"}}}
            """.Trim(), data.ToJsonString());
    }

    [Fact]
    public void VirtualMfaSeedsAndQrCodesAreHidden()
    {
        var device = JsonNode.Parse("""
            {"SerialNumber":"arn:aws:iam::1:mfa/d","Base32StringSeed":"SEEDSEED","QRCodePNG":"iVBORw0KGgo="}
            """)!;

        var data = RecordData.From(device, Item("iam", "ListVirtualMFADevices", "VirtualMFADevices"), numericZone: false)!;

        Assert.Equal("""
            {"serial_number":"arn:aws:iam::1:mfa/d","base_32_string_seed":"[FILTERED]","qr_code_png":"[FILTERED]"}
            """.Trim(), data.ToJsonString());
    }

    [Fact]
    public void EveryPartOfASensitiveStructureOrListIsHidden()
    {
        var list = new Shape { Name = "Secrets", Type = ShapeType.List, Sensitive = true, ListMember = new Member("member", () => Text) };
        var structure = new Shape
        {
            Name = "Login",
            Type = ShapeType.Structure,
            Sensitive = true,
            Members = new Dictionary<string, Member> { ["UserName"] = new("UserName", () => Text), ["OldPasswords"] = new("OldPasswords", () => list) },
        };

        var data = SensitiveValues.Redact(JsonNode.Parse("""{"UserName":"u","OldPasswords":["a","b"],"Hint":null}""")!, structure);

        Assert.Equal("""{"user_name":"[FILTERED]","old_passwords":["[FILTERED]","[FILTERED]"],"hint":null}""", data.ToJsonString());
    }

    [Fact]
    public void SensitiveMembersOfOrdinaryListsAndMapsAreHidden()
    {
        var secret = new Shape { Name = "Password", Type = ShapeType.String, Sensitive = true };
        var list = new Shape { Name = "Passwords", Type = ShapeType.List, ListMember = new Member("member", () => secret) };
        var map = new Shape { Name = "ByUser", Type = ShapeType.Map, MapKey = new Member("key", () => Text), MapValue = new Member("value", () => secret) };
        var holder = new Shape
        {
            Name = "Holder",
            Type = ShapeType.Structure,
            Members = new Dictionary<string, Member> { ["Old"] = new("Old", () => list), ["ByUser"] = new("ByUser", () => map), ["Name"] = new("Name", () => Text) },
        };

        var data = RecordData.From(JsonNode.Parse("""{"Old":["a","b"],"ByUser":{"alice":"p1"},"Name":"n"}"""), holder, numericZone: false)!;

        Assert.Equal("""{"old":["[FILTERED]","[FILTERED]"],"by_user":{"alice":"[FILTERED]"},"name":"n"}""", data.ToJsonString());
    }

    [Fact]
    public void ValuesOfOrdinaryShapesAreUntouched()
    {
        var function = JsonNode.Parse("""{"FunctionName":"fn","Runtime":"python3.12","MemorySize":128}""")!;

        var data = RecordData.From(function, Item("lambda", "ListFunctions", "Functions"), numericZone: true)!;

        Assert.DoesNotContain(SensitiveValues.Filtered, data.ToJsonString(), StringComparison.Ordinal);
    }

    private static readonly Shape Text = new() { Name = "String", Type = ShapeType.String };

    private static Shape Item(string model, string operation, string list) =>
        ServiceModels.Get(model).Operation(operation).Output!.Members[list].Shape.ListMember!.Shape;
}
