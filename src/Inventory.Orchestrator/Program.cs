using Inventory.Hosting;
using Inventory.Orchestrator;
using Microsoft.Extensions.Hosting;

return await WorkerCommand.RunAsync(OrchestratorCommandLine.Command, args, parsed =>
{
    // The command line is System.CommandLine's alone; the host reads only the environment.
    var builder = Host.CreateApplicationBuilder();
    builder.AddInventoryLogging();
    builder.Services.AddOrchestrator(builder.Configuration, OrchestratorCommandLine.Read(parsed));
    return WorkerHost.RunAsync(builder, b => ((HostApplicationBuilder)b).Build());
});
