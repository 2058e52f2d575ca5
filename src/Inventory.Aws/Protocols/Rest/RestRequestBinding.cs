using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Rest;

/// <summary>
/// Sorts a REST operation's input by member location: URI labels, query-string pairs (a list
/// repeats its key; a map adds its own keys), headers (a list joins with ','; a <c>headers</c>
/// map prefixes its keys) and the members left for the body.
/// </summary>
internal sealed record RestRequestBinding(
    Dictionary<string, string> Labels,
    List<KeyValuePair<string, string>> Query,
    Dictionary<string, string> Headers,
    JsonObject Body)
{
    public static RestRequestBinding Bind(Shape? shape, JsonObject input)
    {
        var binding = new RestRequestBinding(
            new Dictionary<string, string>(StringComparer.Ordinal), [], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);
        foreach (var (member, value) in InputMembers.Of(shape, input))
        {
            switch (member.Location)
            {
                case "uri":
                    binding.Labels[member.WireName] = ScalarText.ToText(value, member.Shape, member, Timestamps.Iso8601);
                    break;
                case "querystring":
                    binding.AddQuery(member, value);
                    break;
                case "header":
                    binding.Headers[member.WireName] = HeaderText(member, value);
                    break;
                case "headers":
                    foreach (var (key, entry) in InputMembers.Object(value, member.Shape).Where(pair => pair.Value is not null))
                    {
                        binding.Headers[member.WireName + key] = ScalarText.ToText(entry!, member.Shape.MapValue!.Shape, member.Shape.MapValue, Timestamps.Rfc822);
                    }

                    break;
                case null when member.Name != shape!.Payload:
                    binding.Body[member.Name] = value.DeepClone();
                    break;
            }
        }

        return binding;
    }

    private void AddQuery(Member member, JsonNode value)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.List:
                foreach (var item in InputMembers.Array(value, shape).OfType<JsonNode>())
                {
                    Query.Add(new(member.WireName, ScalarText.ToText(item, shape.ListMember!.Shape, shape.ListMember, Timestamps.Iso8601)));
                }

                break;
            case ShapeType.Map:
                // A map's keys are the query's own names (e.g. API Gateway's export parameters).
                var valueMember = shape.MapValue!;
                foreach (var (key, entry) in InputMembers.Object(value, shape).Where(pair => pair.Value is not null))
                {
                    var values = valueMember.Shape.Type == ShapeType.List
                        ? InputMembers.Array(entry!, valueMember.Shape).OfType<JsonNode>().Select(item => (item, valueMember.Shape.ListMember!))
                        : [(entry!, valueMember)];
                    foreach (var (item, itemMember) in values)
                    {
                        Query.Add(new(key, ScalarText.ToText(item, itemMember.Shape, itemMember, Timestamps.Iso8601)));
                    }
                }

                break;
            default:
                Query.Add(new(member.WireName, ScalarText.ToText(value, shape, member, Timestamps.Iso8601)));
                break;
        }
    }

    private static string HeaderText(Member member, JsonNode value) => member.Shape.Type == ShapeType.List
        ? string.Join(',', InputMembers.Array(value, member.Shape).OfType<JsonNode>()
            .Select(item => ScalarText.ToText(item, member.Shape.ListMember!.Shape, member.Shape.ListMember, Timestamps.Rfc822)))
        : ScalarText.ToText(value, member.Shape, member, Timestamps.Rfc822);
}
