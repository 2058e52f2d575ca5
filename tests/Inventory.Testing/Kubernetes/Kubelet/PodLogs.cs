using System.Collections.Concurrent;
using System.Text;

namespace Inventory.Testing.Kubernetes;

/// <summary>Each pod's captured stdout and stderr, interleaved by line as they arrived; kept after the pod is gone.</summary>
internal sealed class PodLogs
{
    private readonly ConcurrentDictionary<string, StringBuilder> _logs = new(StringComparer.Ordinal);

    public void Append(string @namespace, string pod, string line)
    {
        var log = _logs.GetOrAdd($"{@namespace}/{pod}", _ => new StringBuilder());
        lock (log)
        {
            log.Append(line).Append('\n');
        }
    }

    public string? Find(string @namespace, string pod)
    {
        if (!_logs.TryGetValue($"{@namespace}/{pod}", out var log))
        {
            return null;
        }

        lock (log)
        {
            return log.ToString();
        }
    }
}
