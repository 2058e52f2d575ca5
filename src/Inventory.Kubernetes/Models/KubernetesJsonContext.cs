using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>The one set of JSON options: camelCase, nulls omitted, source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Job))]
[JsonSerializable(typeof(JobList))]
[JsonSerializable(typeof(Pod))]
[JsonSerializable(typeof(PodList))]
[JsonSerializable(typeof(Status))]
[JsonSerializable(typeof(DeleteOptions))]
[JsonSerializable(typeof(RawWatchEvent))]
[JsonSerializable(typeof(ExecCredential))]
internal sealed partial class KubernetesJsonContext : JsonSerializerContext;
