using System.CommandLine;

namespace Inventory.Hosting;

/// <summary>
/// A worker's command line, parsed by System.CommandLine before anything else: an unknown or
/// malformed argument is one line on stderr and exit 2 (a typo such as <c>--dryrun</c> never
/// starts a run); <c>--help</c> and <c>--version</c> print and exit 0; otherwise the worker runs.
/// </summary>
public static class WorkerCommand
{
    public static async Task<int> RunAsync(RootCommand command, string[] args, Func<ParseResult, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(run);
        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, however many tokens are wrong.
            await Console.Error.WriteLineAsync($"arguments: {string.Join("; ", parsed.Errors.Select(e => e.Message.TrimEnd('.')))} (see --help)");

            return WorkerHost.InvalidConfiguration;
        }

        // The root command has no action of its own: an action here is --help's or --version's.
        if (parsed.Action is not null)
        {
            // No signal handling of System.CommandLine's own: the host owns SIGTERM.
            return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }

        return await run(parsed);
    }
}
