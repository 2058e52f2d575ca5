namespace Inventory.Testing.Kubernetes;

/// <summary>One <c>FailNext</c>: the status to answer, for which paths, how many more times.</summary>
internal sealed record ArmedFault(int Status, string? PathContains, TimeSpan? RetryAfter)
{
    public int Remaining { get; set; }

    public int? RetryAfterSeconds => RetryAfter is { } delay ? Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)) : null;
}
