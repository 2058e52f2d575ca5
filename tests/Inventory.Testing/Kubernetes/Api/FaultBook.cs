namespace Inventory.Testing.Kubernetes;

/// <summary>Armed <c>FailNext</c> faults, taken first-armed first by the requests whose path they match.</summary>
internal sealed class FaultBook
{
    private readonly Lock _gate = new();
    private readonly List<ArmedFault> _faults = [];

    public void Arm(int status, int times, string? pathContains, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            _faults.Add(new ArmedFault(status, pathContains, retryAfter) { Remaining = times });
        }
    }

    /// <summary>The fault this request must get, if any (consuming one of its times).</summary>
    public ArmedFault? Take(string path)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.PathContains is null || path.Contains(f.PathContains, StringComparison.Ordinal));
            if (fault is not null && --fault.Remaining <= 0)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }
}
