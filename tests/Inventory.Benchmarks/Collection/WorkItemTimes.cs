using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inventory.Benchmarks.Collection;

/// <summary>
/// A logger that keeps only the engine's "work item done" events (EventId 2001): how long each
/// (service, region) took, so a figure can name the work item that bounds the run.
/// </summary>
internal sealed class WorkItemTimes : ILogger
{
    private const int WorkItemDone = 2001;

    private readonly ConcurrentQueue<(string WorkItem, double Seconds)> _done = new();

    public IReadOnlyList<(string WorkItem, double Seconds)> Slowest(int count) => [.. _done.OrderByDescending(item => item.Seconds).Take(count)];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Id != WorkItemDone || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            return;
        }

        var value = values.ToDictionary(pair => pair.Key, pair => pair.Value);
        _done.Enqueue(($"{value["Service"]}/{value["Region"]}", Convert.ToDouble(value["Seconds"], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
