using System.Text.Json.Serialization;
using Inventory.Aws.Client;
using Inventory.Collection.Engine;

namespace Inventory.Run;

/// <summary>The report object written beside the data: what was collected and what failed.</summary>
public sealed record RunReport
{
    public required string Account { get; init; }
    public required string RunId { get; init; }
    public required string RunDate { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public string? DataKey { get; init; }
    public long Records { get; init; }
    public IReadOnlyList<string> Regions { get; init; } = [];
    public bool Global { get; init; }
    public IReadOnlyList<string> DisabledRegions { get; init; } = [];
    public IReadOnlyList<string> UnknownRegions { get; init; } = [];
    public IReadOnlyDictionary<string, long> Resources { get; init; } = new Dictionary<string, long>();
    public IReadOnlyList<CollectionError> Errors { get; init; } = [];
    public int WorkItems { get; init; }
    public int FailedWorkItems { get; init; }
    public long Calls { get; init; }
    public long Retries { get; init; }
    public long Throttles { get; init; }

    /// <summary>Transient failures not retried because the retry quota was spent.</summary>
    public long RetriesRefused { get; init; }

    /// <summary>Calls refused untried because their endpoint's breaker was open.</summary>
    public long CallsFailedFast { get; init; }

    /// <summary>Endpoints that stopped answering during the run (their breakers opened).</summary>
    public IReadOnlyList<EndpointOutage> EndpointOutages { get; init; } = [];

    /// <summary>What a summary says: <c>failed</c>, <c>succeeded</c>, or <c>succeeded with N failed calls</c> (never a bare "succeeded" over failures).</summary>
    [JsonIgnore]
    public string Outcome => Status == "succeeded" && Errors.Count > 0 ? $"succeeded with {Errors.Count} failed call{(Errors.Count == 1 ? "" : "s")}" : Status;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(RunReport))]
internal sealed partial class RunReportJson : JsonSerializerContext;
