using System.Text.Json.Nodes;

namespace Inventory.Aws.Model;

/// <summary>
/// Every quirk, in one table keyed by (service, operation, stage): the signer, the protocols,
/// the collection engine and the catalog's named transforms all consult it, so no code names a
/// service. QuirksTests checks each row against the embedded models.
/// </summary>
public static class Quirks
{
    public static IReadOnlyList<Quirk> All { get; } =
    [
        new("s3", "GetBucketLocation", QuirkStage.ResponseRoot,
            "The answer's root is the LocationConstraint member's own element, not the output structure's: read it as that member."),
        new("s3control", Quirk.EveryOperation, QuirkStage.RequestAddress,
            "The {AccountId}. host prefix is left off an IP-address or localhost endpoint (an emulator), where no such name resolves."),
        new("protocol:json", Quirk.EveryOperation, QuirkStage.TimestampZone, EpochSeconds),
        new("protocol:rest-json", Quirk.EveryOperation, QuirkStage.TimestampZone, EpochSeconds),
        new("s3", "GetBucketLocation", QuirkStage.RecordValue,
            "S3 answers an empty constraint for us-east-1 and the legacy EU for eu-west-1; the record holds the region.")
        {
            Name = "s3_location",
            Value = value => (string?)value switch
            {
                null or "" => "us-east-1",
                "EU" => "eu-west-1",
                var region => region,
            },
        },
        new("route53", Quirk.EveryOperation, QuirkStage.RequestInput,
            "Route 53 lists ids as /hostedzone/Z123 but takes Z123 in request URIs.")
        {
            Name = "basename",
            Value = value => value is JsonValue text && text.TryGetValue<string>(out var path) ? path[(path.LastIndexOf('/') + 1)..] : value,
        },
        new("iam", "GetCredentialReport", QuirkStage.RecordValue,
            "The report is a CSV document in a blob (base64 on the wire): AWS Recon writes its rows as objects keyed by the header.")
        {
            Name = "csv",
            Value = CsvRows.FromBlob,
        },
    ];

    private const string EpochSeconds =
        "Timestamps come as epoch seconds, which the AWS SDK for Ruby reads as local times: AWS Recon writes them with +0000, not UTC.";

    /// <summary>Whether a quirk of <paramref name="stage"/> covers the operation.</summary>
    public static bool Applies(OperationModel operation, QuirkStage stage)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return All.Any(quirk => quirk.Stage == stage && quirk.Covers(operation.Service, operation.Name));
    }

    /// <summary>Whether a quirk of <paramref name="stage"/> covers every operation of the service.</summary>
    public static bool Applies(ServiceModel service, QuirkStage stage) =>
        All.Any(quirk => quirk.Stage == stage && quirk.Operation == Quirk.EveryOperation && quirk.CoversService(service));

    /// <summary>The quirk catalog entries name <paramref name="name"/>, or null.</summary>
    public static Quirk? Named(string name) => All.FirstOrDefault(quirk => quirk.Name == name);
}
