namespace Inventory.Testing.Aws;

/// <summary>The calls a proxy saw; each is logged before its answer reaches the client.</summary>
internal sealed class CallLog
{
    private readonly List<RecordedCall> _calls = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<RecordedCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls];
        }
    }

    public void Add(RecordedCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }
}
