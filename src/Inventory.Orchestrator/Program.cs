using Inventory.Hosting;
using Inventory.Orchestrator;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddInventoryLogging();
builder.Services.AddOrchestrator(builder.Configuration, args);
return await WorkerHost.RunAsync(builder, b => ((HostApplicationBuilder)b).Build());
