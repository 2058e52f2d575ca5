using System.Diagnostics;

namespace Inventory.Benchmarks.Measurement;

/// <summary>
/// Watches this process while a figure runs: the managed heap's peak (sampled every few
/// milliseconds: GC.GetTotalMemory without collecting, so garbage not yet collected counts, as
/// it does in memory), the OS's peak working set (VmHWM, exact), bytes allocated and CPU time.
/// Peak working set is per process, which is why each figure runs in a process of its own.
/// A checkpoint (e.g. "10 % of the pages served") snapshots both peaks as they were then.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    private readonly Thread _sampler;
    private readonly Func<bool>? _checkpoint;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    private readonly TimeSpan _cpuAtStart = CpuTime();
    private readonly int _gen2AtStart = GC.CollectionCount(2);
    private volatile bool _stopped;
    private long _peakHeap;

    public MemoryWatch(Func<bool>? checkpoint = null)
    {
        _checkpoint = checkpoint;
        using (var process = Process.GetCurrentProcess())
        {
            WorkingSetAtStart = process.WorkingSet64;
        }

        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory-watch" };
        _sampler.Start();
    }

    public long WorkingSetAtStart { get; }

    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    /// <summary>The peak working set and managed heap when the checkpoint was first reached; null before.</summary>
    public (long WorkingSet, long Heap)? AtCheckpoint { get; private set; }

    public static long PeakWorkingSet
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }
    }

    public long Allocated => GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;

    public TimeSpan Cpu => CpuTime() - _cpuAtStart;

    public int Gen2Collections => GC.CollectionCount(2) - _gen2AtStart;

    public void Dispose()
    {
        _stopped = true;
        _sampler.Join();
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private void Sample()
    {
        while (!_stopped)
        {
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (heap > _peakHeap)
            {
                Interlocked.Exchange(ref _peakHeap, heap);
            }

            if (AtCheckpoint is null && _checkpoint?.Invoke() == true)
            {
                AtCheckpoint = (PeakWorkingSet, PeakHeap);
            }

            Thread.Sleep(Interval);
        }
    }
}
