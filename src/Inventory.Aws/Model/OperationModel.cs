namespace Inventory.Aws.Model;

/// <summary>One API operation: how it is called and what it takes and returns.</summary>
public sealed class OperationModel
{
    public required ServiceModel Service { get; init; }
    public required string Name { get; init; }
    public required string HttpMethod { get; init; }

    /// <summary>The URI template, e.g. <c>/2015-03-31/functions/{FunctionName}/policy</c>.</summary>
    public required string RequestUri { get; init; }

    public Shape? Input { get; init; }

    /// <summary>The root element of a rest-xml request body, when the input names one.</summary>
    public string? InputLocationName { get; init; }

    /// <summary>The namespace of a rest-xml request body, when the input declares one.</summary>
    public string? InputXmlNamespace { get; init; }
    public Shape? Output { get; init; }

    /// <summary>The query protocols wrap the output in this element (e.g. <c>ListUsersResult</c>).</summary>
    public string? ResultWrapper { get; init; }

    /// <summary>A prefix the endpoint's host takes for this operation.</summary>
    public string? HostPrefix { get; init; }

    public PaginatorModel? Paginator { get; init; }

    /// <summary>The model requires the call to go to an address the service's endpoint operation names (endpoint discovery).</summary>
    public bool RequiresEndpointDiscovery { get; init; }

    /// <summary>This is the service's endpoint operation (e.g. DescribeEndpoints), which names those addresses.</summary>
    public bool IsEndpointOperation { get; init; }

    /// <summary>The error shapes the model lists for this operation.</summary>
    public IReadOnlyList<Shape> Errors { get; init; } = [];
}
