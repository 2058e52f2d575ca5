namespace Inventory.Kubernetes;

/// <summary>The list-then-watch loop's settings; the defaults are client-go's reflector's.</summary>
public sealed record JobWatcherOptions
{
    /// <summary>Jobs per list page (client-go's pager lists 500 at a time).</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>Each watch asks the server to end it after a random time between this and twice this.</summary>
    public TimeSpan MinWatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(800);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After this long without a failure, backoff starts again from <see cref="InitialBackoff"/>.</summary>
    public TimeSpan BackoffResetAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The clock backoff waits on.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
