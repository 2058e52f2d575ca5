using System.Text.Json.Nodes;

namespace Inventory.Aws.Model;

/// <summary>
/// One way a service's answers or addresses depart from what its model alone says: where it
/// applies, keyed by (service, operation, stage), and why.
/// </summary>
/// <param name="Service">A model name (<c>s3</c>), or <c>protocol:json</c> for every service speaking that protocol.</param>
/// <param name="Operation">An operation of the service, or <c>*</c> for every one.</param>
/// <param name="Stage">Where on the call's way it applies.</param>
/// <param name="Reason">Why, in one line.</param>
public sealed record Quirk(string Service, string Operation, QuirkStage Stage, string Reason)
{
    public const string EveryOperation = "*";

    public const string ProtocolPrefix = "protocol:";

    /// <summary>The name catalog entries apply it by (RequestInput and RecordValue quirks).</summary>
    public string? Name { get; init; }

    /// <summary>What it makes of a value (RequestInput and RecordValue quirks).</summary>
    public Func<JsonNode?, JsonNode?>? Value { get; init; }

    /// <summary>The protocol every service of which it covers, or null when it names one service.</summary>
    public string? Protocol => Service.StartsWith(ProtocolPrefix, StringComparison.Ordinal) ? Service[ProtocolPrefix.Length..] : null;

    public bool CoversService(ServiceModel service) =>
        Protocol is { } protocol ? protocol == service.Protocol : Service == service.Name;

    public bool Covers(ServiceModel service, string operation) =>
        CoversService(service) && (Operation == EveryOperation || Operation == operation);

    public override string ToString() => $"({Service}, {Operation}, {Stage})";
}
