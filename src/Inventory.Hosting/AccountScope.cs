using Microsoft.Extensions.Logging;

namespace Inventory.Hosting;

/// <summary>
/// The account a piece of work is about, as a logging scope: every line logged inside it
/// carries the <c>Account</c> property (JSON) or an <c>[account]</c> prefix (text).
/// </summary>
public static class AccountScope
{
    public const string Property = "Account";

    public static IDisposable? Begin(ILogger logger, string accountId)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return logger.BeginScope(new Dictionary<string, object> { [Property] = accountId });
    }
}
