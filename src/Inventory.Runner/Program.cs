using Inventory.Run;
using System.CommandLine;
using Inventory.Hosting;
using Inventory.Runner;
using Microsoft.Extensions.Hosting;

// Settings come from the environment (README.md); the command line takes only --help and --version.
return await WorkerCommand.RunAsync(new RootCommand("Collects one AWS account's inventory into S3 (or OUTPUT_DIR). Settings are environment variables: see README.md."), args, _ =>
{
    var builder = Host.CreateApplicationBuilder();
    builder.AddInventoryLogging();
    builder.Services.AddRunner(builder.Configuration);
    return WorkerHost.RunAsync(builder, b => ((HostApplicationBuilder)b).Build());
});
