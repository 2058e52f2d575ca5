using Inventory.Hosting;
using Inventory.Runner;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddInventoryLogging();
builder.Services.AddRunner(builder.Configuration);
return await WorkerHost.RunAsync(builder, b => ((HostApplicationBuilder)b).Build());
