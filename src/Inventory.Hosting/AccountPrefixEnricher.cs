using Serilog.Core;
using Serilog.Events;

namespace Inventory.Hosting;

/// <summary>Adds <c>AccountPrefix</c> ("[123456789012] ") to events that carry an account, for the text format.</summary>
internal sealed class AccountPrefixEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.TryGetValue(AccountScope.Property, out var account) && account is ScalarValue { Value: string id })
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("AccountPrefix", $"[{id}] "));
        }
    }
}
