using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Rest;

/// <summary>
/// Reads a REST response's header, <c>headers</c>-prefix and statusCode members and merges them
/// with the body's, into one document in the model's member order.
/// </summary>
internal static class RestResponseBinding
{
    public static JsonObject Merge(Shape output, AwsHttpResponse response, JsonObject body)
    {
        var document = new JsonObject();
        foreach (var (name, member) in output.Members)
        {
            var value = member.Location switch
            {
                "header" => Headers.Get(response.Headers, member.WireName) is { } text ? Header(text, member) : null,
                "headers" => Prefixed(response.Headers, member),
                "statusCode" => JsonValue.Create(response.StatusCode),
                null => Detach(body, name),
                _ => null,
            };
            if (value is not null)
            {
                document[name] = value;
            }
        }

        return document;
    }

    private static JsonNode? Header(string text, Member member)
    {
        var shape = member.Shape;
        if (shape.Type == ShapeType.List)
        {
            return new JsonArray(text.Split(',').Select(item => ScalarText.FromText(item.Trim(), shape.ListMember!.Shape)).ToArray());
        }

        // Header timestamps are RFC 822 unless the model says otherwise; Timestamps.Parse reads every format.
        return ScalarText.FromText(text, shape);
    }

    /// <summary>A <c>headers</c> member: every header starting with the prefix, keyed by the rest of its name.</summary>
    private static JsonObject? Prefixed(IReadOnlyDictionary<string, string> headers, Member member)
    {
        var prefix = member.WireName;
        var map = new JsonObject();
        foreach (var (name, value) in headers)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                map[name[prefix.Length..]] = ScalarText.FromText(value, member.Shape.MapValue!.Shape);
            }
        }

        return map.Count > 0 ? map : null;
    }

    private static JsonNode? Detach(JsonObject body, string name)
    {
        if (body[name] is not { } value)
        {
            return null;
        }

        body.Remove(name);
        return value;
    }
}
