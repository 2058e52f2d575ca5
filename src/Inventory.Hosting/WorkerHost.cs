using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inventory.Hosting;

/// <summary>Runs a worker host; bad settings print one line each to stderr and exit 2.</summary>
public static class WorkerHost
{
    public const int InvalidConfiguration = 2;

    public static async Task<int> RunAsync(IHostApplicationBuilder builder, Func<IHostApplicationBuilder, IHost> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            using var host = build(builder);

            // Validate settings before the host starts, so bad input is our one line per problem
            // rather than the host's "failed to start" log with a stack trace.
            (host.Services.GetService(typeof(IStartupValidator)) as IStartupValidator)?.Validate();
            await host.RunAsync();
            return Environment.ExitCode;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"configuration: {failure}");
            }

            return InvalidConfiguration;
        }
    }
}
