namespace Inventory.Testing.Processes;

/// <summary>How a worker process ended and what it printed.</summary>
public sealed record WorkerResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
