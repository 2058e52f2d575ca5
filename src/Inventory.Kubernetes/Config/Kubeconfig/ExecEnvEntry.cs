using YamlDotNet.Serialization;

namespace Inventory.Kubernetes;

internal sealed class ExecEnvEntry
{
    [YamlMember(Alias = "name")]
    public string? Name { get; set; }

    [YamlMember(Alias = "value")]
    public string? Value { get; set; }
}
