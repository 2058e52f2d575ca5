using System.Text;
using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;
using Inventory.Aws.Protocols.Xml;

namespace Inventory.Aws.Protocols;

/// <summary>
/// The query protocol (IAM, STS…): a form POST of <c>Action</c>, <c>Version</c> and the input
/// flattened to dotted names (<c>Name.member.N</c>, <c>Name.entry.N.key</c>); the answer is XML
/// wrapped in <c>&lt;OperationResponse&gt;&lt;ResultWrapper&gt;</c>.
/// </summary>
internal class QueryProtocol : IAwsProtocol
{
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    public AwsHttpRequest Serialize(OperationModel operation, JsonObject input)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Action", operation.Name),
            new("Version", operation.Service.ApiVersion),
        };
        AddStructure(form, "", operation.Input, input);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = FormContentType };
        return new AwsHttpRequest(operation.HttpMethod, operation.RequestUri, "", headers,
            Encoding.UTF8.GetBytes(PercentEncoding.Pairs(form)), HostPrefix.Expand(operation, input));
    }

    public async Task<JsonObject> ParseAsync(OperationModel operation, AwsHttpResponse response, CancellationToken cancellationToken)
    {
        if (operation.Output is not { } output || await XmlBodyReader.LoadAsync(response.Body, cancellationToken) is not { } root)
        {
            return [];
        }

        // EC2 and a few query operations have no wrapper: the members sit under the root.
        var result = operation.ResultWrapper is { } wrapper
            ? root.Elements().FirstOrDefault(element => element.Name.LocalName == wrapper)
            : root;
        return result is null ? [] : XmlBodyReader.Structure(result, output);
    }

    public Task<AwsError> ParseErrorAsync(AwsHttpResponse response, CancellationToken cancellationToken) =>
        XmlErrorReader.ReadAsync(response, cancellationToken);

    /// <summary>The name a member takes in the form: its locationName, else its member name.</summary>
    protected virtual string FormName(Member member) => member.LocationName ?? member.Name;

    /// <summary>
    /// A list: <c>prefix.member.N</c> (the list member's locationName replaces "member"), or
    /// <c>prefix.N</c> when flattened; an empty list is sent as <c>prefix=</c> so it is not lost.
    /// </summary>
    protected virtual void AddList(List<KeyValuePair<string, string>> form, string prefix, Member member, JsonArray items)
    {
        if (items.Count == 0)
        {
            form.Add(new(prefix, ""));
            return;
        }

        var item = member.Shape.ListMember!;
        var itemPrefix = member.Flattened || member.Shape.Flattened
            ? item.LocationName is { } name ? string.Concat(prefix.AsSpan(0, prefix.LastIndexOf('.') + 1), name) : prefix
            : $"{prefix}.{item.LocationName ?? "member"}";
        AddItems(form, itemPrefix, item, items);
    }

    /// <summary>Adds the items as <c>prefix.1</c>, <c>prefix.2</c>…</summary>
    protected void AddItems(List<KeyValuePair<string, string>> form, string prefix, Member item, JsonArray items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } value)
            {
                AddValue(form, $"{prefix}.{i + 1}", item, value);
            }
        }
    }

    private void AddStructure(List<KeyValuePair<string, string>> form, string prefix, Shape? shape, JsonObject input)
    {
        foreach (var (member, value) in InputMembers.Of(shape, input))
        {
            var name = FormName(member);
            AddValue(form, prefix.Length == 0 ? name : $"{prefix}.{name}", member, value);
        }
    }

    private void AddValue(List<KeyValuePair<string, string>> form, string prefix, Member member, JsonNode value)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                AddStructure(form, prefix, shape, InputMembers.Object(value, shape));
                break;
            case ShapeType.List:
                AddList(form, prefix, member, InputMembers.Array(value, shape));
                break;
            case ShapeType.Map:
                AddMap(form, prefix, member, InputMembers.Object(value, shape));
                break;
            default:
                form.Add(new(prefix, ScalarText.ToText(value, shape, member, Timestamps.Iso8601)));
                break;
        }
    }

    private void AddMap(List<KeyValuePair<string, string>> form, string prefix, Member member, JsonObject entries)
    {
        var shape = member.Shape;
        var entryPrefix = member.Flattened || shape.Flattened ? prefix : $"{prefix}.entry";
        var index = 0;
        foreach (var (key, value) in entries)
        {
            if (value is null)
            {
                continue;
            }

            index++;
            form.Add(new($"{entryPrefix}.{index}.{FormName(shape.MapKey!)}", key));
            AddValue(form, $"{entryPrefix}.{index}.{FormName(shape.MapValue!)}", shape.MapValue!, value);
        }
    }
}
