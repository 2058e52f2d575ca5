using Inventory.Hosting;
using Inventory.Orchestrator;
using Inventory.Orchestrator.Local;
using Microsoft.Extensions.Hosting;

return await WorkerCommand.RunAsync(OrchestratorCommandLine.Command, args, parsed =>
{
    // The command line is System.CommandLine's alone; the host reads only the environment.
    var builder = Host.CreateApplicationBuilder();
    var arguments = OrchestratorCommandLine.Read(parsed);

    // Local mode at a terminal draws a live table; its log lines go to a file.
    var terminal = LocalTerminal.Open(builder.Configuration, arguments, TimeProvider.System);
    builder.AddInventoryLogging(terminal?.LogFile);
    builder.Services.AddOrchestrator(builder.Configuration, arguments, terminal);
    return WorkerHost.RunAsync(builder, b => ((HostApplicationBuilder)b).Build());
});
