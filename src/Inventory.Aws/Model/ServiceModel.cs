using System.Text.Json.Nodes;

namespace Inventory.Aws.Model;

/// <summary>
/// An AWS service as its API model describes it (the schema of botocore's service-2.json):
/// protocol, endpoint and signing names, operations and shapes.
/// </summary>
public sealed class ServiceModel
{
    private readonly Dictionary<string, OperationModel> _operations = new(StringComparer.Ordinal);

    private ServiceModel()
    {
    }

    /// <summary>The name models are filed under, e.g. <c>ec2</c>, <c>organizations</c>.</summary>
    public required string Name { get; init; }
    public required string Protocol { get; init; }
    public required string ApiVersion { get; init; }
    public required string EndpointPrefix { get; init; }
    public required string SigningName { get; init; }

    /// <summary>The service id, e.g. <c>Route 53</c>; AWS_ENDPOINT_URL_ROUTE_53 derives from it.</summary>
    public required string ServiceId { get; init; }
    public string? TargetPrefix { get; init; }
    public string? JsonVersion { get; init; }
    public string? XmlNamespace { get; init; }

    /// <summary>The botocore release the embedded model was trimmed from, when stamped.</summary>
    public string? Botocore { get; init; }

    public IReadOnlyDictionary<string, OperationModel> Operations => _operations;

    /// <summary>The operation that names the addresses discovery-requiring operations go to, if the model has one.</summary>
    public OperationModel? EndpointOperation => _operations.Values.FirstOrDefault(operation => operation.IsEndpointOperation);

    public OperationModel Operation(string name) =>
        _operations.TryGetValue(name, out var operation)
            ? operation
            : throw new KeyNotFoundException($"The {Name} model has no operation '{name}'.");

    /// <summary>Reads a service model and, optionally, its paginators (botocore's file schemas).</summary>
    public static ServiceModel Load(string name, JsonObject service, JsonObject? paginators = null)
    {
        var metadata = service["metadata"]!.AsObject();
        var shapes = new ShapeTable(service["shapes"]!.AsObject());
        var model = new ServiceModel
        {
            Name = name,
            Protocol = ChooseProtocol(metadata),
            ApiVersion = (string)metadata["apiVersion"]!,
            EndpointPrefix = (string)metadata["endpointPrefix"]!,
            SigningName = (string?)metadata["signingName"] ?? (string)metadata["endpointPrefix"]!,
            ServiceId = (string?)metadata["serviceId"] ?? name,
            TargetPrefix = (string?)metadata["targetPrefix"],
            JsonVersion = (string?)metadata["jsonVersion"],
            XmlNamespace = metadata["xmlNamespace"] switch
            {
                JsonObject ns => (string?)ns["uri"],
                JsonValue ns => (string?)ns,
                _ => null,
            },
            Botocore = (string?)service["botocore"],
        };
        var pages = paginators?["pagination"]?.AsObject();
        foreach (var (operationName, node) in service["operations"]!.AsObject())
        {
            var op = node!.AsObject();
            var http = op["http"]!.AsObject();
            model._operations[operationName] = new OperationModel
            {
                Service = model,
                Name = operationName,
                HttpMethod = (string?)http["method"] ?? "POST",
                RequestUri = (string?)http["requestUri"] ?? "/",
                Input = op["input"] is JsonObject input ? shapes.Get((string)input["shape"]!) : null,
                InputLocationName = (string?)op["input"]?["locationName"],
                InputXmlNamespace = (string?)op["input"]?["xmlNamespace"]?["uri"],
                Output = op["output"] is JsonObject output ? shapes.Get((string)output["shape"]!) : null,
                ResultWrapper = (string?)op["output"]?["resultWrapper"],
                HostPrefix = (string?)op["endpoint"]?["hostPrefix"],
                Paginator = pages?[operationName] is JsonObject paginator ? ReadPaginator(paginator) : null,
                RequiresEndpointDiscovery = (bool?)op["endpointdiscovery"]?["required"] ?? false,
                IsEndpointOperation = (bool?)op["endpointoperation"] ?? false,
                Errors = op["errors"] is JsonArray errors ? [.. errors.Select(error => shapes.Get((string)error!["shape"]!))] : [],
            };
        }

        return model;
    }

    // Newer models name a preferred protocol we do not speak (smithy-rpc-v2-cbor) and list the
    // others the service also answers; take the first of those we do speak.
    private static readonly string[] Spoken = ["json", "rest-json", "rest-xml", "query", "ec2"];

    private static string ChooseProtocol(JsonObject metadata)
    {
        var preferred = (string)metadata["protocol"]!;
        return Spoken.Contains(preferred) || metadata["protocols"] is not JsonArray listed
            ? preferred
            : listed.Select(item => (string?)item).FirstOrDefault(Spoken.Contains) ?? preferred;
    }

    private static PaginatorModel ReadPaginator(JsonObject paginator) => new(
        Strings(paginator["input_token"]),
        Strings(paginator["output_token"]),
        Strings(paginator["result_key"]),
        (string?)paginator["limit_key"],
        (string?)paginator["more_results"]);

    private static string[] Strings(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(item => (string)item!).ToArray(),
        _ => [(string)node!],
    };
}
