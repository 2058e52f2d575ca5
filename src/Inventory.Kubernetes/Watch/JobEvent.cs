using k8s;
using k8s.Models;

namespace Inventory.Kubernetes;

/// <summary>One change to a Job, as a watch reports it (a BOOKMARK carries only a resourceVersion).</summary>
public sealed record JobEvent(WatchEventType Type, V1Job Object);
